import dev.gatekeeper.it.Evidence

def marker = 'GATEKEEPER_IT=certify-command-output-over-cap-fails-with-tail'
def marked = new File('/proc').listFiles().findAll { it.name ==~ /\d+/ }.findAll { dir ->
    try { new String(new File(dir, 'environ').bytes, 'UTF-8').split('\u0000').contains(marker) } catch (IOException e) { false }
}
marked.each { dir -> ProcessHandle.of(dir.name as long).ifPresent { it.destroyForcibly() } }
assert marked.isEmpty() : "processes of this IT still running after the build: ${marked*.name}"

def log = new File(basedir, 'build.log').text
def evidenceDir = new File(basedir, 'target/gatekeeper')
assert log =~ /verdict: certify\s+certify-command-output-over-cap-fails-with-tail\s+FAIL/
assert log.contains('[WARNING] certify: flood printed more than 1 MB and was stopped; log: target/gatekeeper/certify/flood.log')
assert !log.contains('Required array size') && !log.contains('OutOfMemoryError')

// the log keeps the first megabyte, redacted, and says where it was cut
def floodLog = new File(evidenceDir, 'certify/flood.log')
assert floodLog.length() < 2 * 1024 * 1024
assert floodLog.readLines().first() == 'flooding with ****'
assert floodLog.readLines().last().startsWith('[gatekeeper: output cut after ')

def evidence = Evidence.of(basedir)
def certify = evidence.results.find { it.gate == 'certify' }
def capped = certify.findings.find { it.code == 'CERTIFY_COMMAND_OUTPUT_TOO_LARGE' }
assert capped.severity == 'FAIL'
assert capped.message ==~ /Command 'flood' printed more than 1 MB and was stopped; ended [2-9] processes/
assert capped.fix.contains('-Dgatekeeper.commands.maxOutputMegabytes (now 1)')
// the tail: the last 30 lines, the last one possibly cut where the command was stopped
def tail = capped.detail.readLines()
assert tail.size() == 30 && tail.subList(0, 29).every { it == 'flooding line with ****' }
[floodLog, new File(evidenceDir, 'evidence.json'), new File(basedir, 'build.log')].each {
    assert !it.text.contains('tok-9c8b7a6f5e4d') : "the secret leaked into ${it}"
}
return true
