import dev.gatekeeper.it.Evidence

def log = new File(basedir, 'build.log').text
def evidenceDir = new File(basedir, 'target/gatekeeper')

// Recognised as a server: started on a free port Gatekeeper chose, ready by Spring Boot's own line, stopped.
assert log =~ /smoke: jdk-17: serving: Spring Boot executable jar \(Start-Class com\.example\.demo\.DemoApplication\)/
def row = (log =~ /verdict: smoke:jdk-17\s+smoke-spring-boot-server-starts-ready-and-stops\s+PASS\s.*started and ready in \d+\.\d s on port (\d+) \(Started DemoApplication in [\d.]+ seconds.*/)
assert row.find() : 'the lane row says how long the server took to become ready, and on which port'
int port = row.group(1) as int
assert port != 8080 : 'never the fixed port of the machine'
assert log =~ /verdict: smoke:publish\s+smoke-spring-boot-server-starts-ready-and-stops\s+PASS\s/
// not published, so no consumer: its graph is not compared (spring-boot-starter-parent's management would differ)
assert !log.contains('SMOKE_CONSUMER_GRAPH') && !log.contains('from the tested graph')
assert log =~ /verdict: READY/
assert !log.contains('--help')
assert log.contains('BUILD SUCCESS')

def evidence = Evidence.of(basedir)
assert evidence.outcome == 'READY'
def lane = evidence.results.find { it.gate == 'smoke' && it.subject == 'jdk-17' }
assert lane.status == 'PASS'
def ready = lane.findings.find { it.code == 'SMOKE_SERVER_READY' }
assert ready : 'the server run is the evidence'
assert ready.attributes.port == port as String
assert (ready.attributes.readyMillis as long) > 0
assert ready.attributes.stoppedCleanly == 'true'
assert ready.attributes.command.contains("--server.port=${port}")
assert !ready.attributes.command.contains('--help')
// the application's own log says where Tomcat listened: the port Gatekeeper chose
assert ready.detail =~ /Tomcat started on port ${port}/

// No process is left behind: nothing alive runs the jar of this IT.
def jarName = 'smoke-spring-boot-server-starts-ready-and-stops-1.0.0.jar'
def leftOver = new File('/proc').listFiles().findAll { it.name ==~ /\d+/ }.findAll { proc ->
    try { new File(proc, 'cmdline').text.contains(jarName) } catch (ignored) { false }
}
assert leftOver.isEmpty() : "processes left behind: ${leftOver*.name}"
return true
