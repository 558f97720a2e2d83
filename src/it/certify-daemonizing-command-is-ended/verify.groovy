import dev.gatekeeper.it.Evidence

// Every process this IT's commands started carries GATEKEEPER_IT=<this IT> in its environment.
// Whatever is still alive is killed first, so that a failing run leaves nothing behind, then asserted on.
def marker = 'GATEKEEPER_IT=certify-daemonizing-command-is-ended'
def running = { long pid ->
    def stat = new File("/proc/${pid}/stat")
    try { return stat.exists() && !(stat.text.substring(stat.text.lastIndexOf(')')) =~ /^\) Z/) } catch (IOException e) { return false }
}
def marked = new File('/proc').listFiles().findAll { it.name ==~ /\d+/ }.findAll { dir ->
    try { new String(new File(dir, 'environ').bytes, 'UTF-8').split('\u0000').contains(marker) } catch (IOException e) { false }
}.collect { it.name as long }.findAll { running(it) }
marked.each { pid -> ProcessHandle.of(pid).ifPresent { it.destroyForcibly() } }
assert marked.isEmpty() : "processes of this IT still running after the build: ${marked}"

def log = new File(basedir, 'build.log').text
def evidenceDir = new File(basedir, 'target/gatekeeper')
def daemon = new File(basedir, 'target/daemon.pid').text.trim() as long
def server = new File(basedir, 'target/server.pid').text.trim() as long
assert !running(daemon) : "the daemonized sleep ${daemon} survived the timeout"
assert !running(server) : "the server ${server} left by a passing command is still running"

assert log =~ /verdict: certify\s+certify-daemonizing-command-is-ended\s+FAIL/
// named as found: "sleep 300", or its forked shell when the build looked before it started sleep
def named = "pid ${server}: (sleep 300|/bin/sh scripts/start-server.sh)"
assert log =~ /\[WARNING\] certify: start-server exited but left 1 process running: ${named}/

def evidence = Evidence.of(basedir)
def certify = evidence.results.find { it.gate == 'certify' }
def timedOut = certify.findings.find { it.code == 'CERTIFY_COMMAND_TIMED_OUT' }
// the finding's count is what was really ended: the script's sleep, the daemon, and the script
assert timedOut.message ==~ /Command 'daemonize' timed out after 3s and was stopped; ended [2-9] processes/
assert !timedOut.message.contains('could not be ended')
def left = certify.findings.find { it.code == 'CERTIFY_COMMAND_LEFT_PROCESSES' }
assert left.severity == 'WARN'
assert left.message == "Command 'start-server' exited but left 1 process running; Gatekeeper ended it"
assert left.detail ==~ named
assert certify.findings.any { it.code == 'CERTIFY_COMMAND_PASSED' && it.message.contains('start-server') }
return true
