import dev.gatekeeper.it.Evidence

def log = new File(basedir, 'build.log').text
def evidenceDir = new File(basedir, 'target/gatekeeper')

// The server dies during start-up: a FAIL of its own, with the tail of the start-up log.
assert log =~ /verdict: smoke:jdk-17\s+smoke-spring-boot-server-failing-at-start-up-fails\s+FAIL\s.*exited with 1 during start-up, before it was ready/
assert log =~ /smoke: jdk-17: .*the database at jdbc:demo:\/\/db\.invalid\/orders is unreachable/
assert log =~ /verdict: HOLD/
assert log.contains('BUILD FAILURE')

def evidence = Evidence.of(basedir)
def lane = evidence.results.find { it.gate == 'smoke' && it.subject == 'jdk-17' }
assert lane.status == 'FAIL'
def failed = lane.findings.find { it.code == 'SMOKE_SERVER_EXITED_BEFORE_READY' }
assert failed : 'its own finding code'
assert failed.severity == 'FAIL'
assert failed.attributes.exitCode == '1'
assert failed.detail.contains('the database at jdbc:demo://db.invalid/orders is unreachable') : 'the start-up log tail'
assert failed.fix.contains('java -jar')
assert !lane.findings.any { it.code == 'SMOKE_ENTRY_POINT_FAILED' }

def jarName = 'smoke-spring-boot-server-failing-at-start-up-fails-1.0.0.jar'
def leftOver = new File('/proc').listFiles().findAll { it.name ==~ /\d+/ }.findAll { proc ->
    try { new File(proc, 'cmdline').text.contains(jarName) } catch (ignored) { false }
}
assert leftOver.isEmpty() : "processes left behind: ${leftOver*.name}"
return true
