import dev.gatekeeper.it.Evidence

def log = new File(basedir, 'build.log').text
def evidenceDir = new File(basedir, 'target/gatekeeper')

assert log.contains('CERTIFY_COMMAND_TIMED_OUT')
assert log =~ /verdict: certify\s+certify-command-timeout-is-killed\s+FAIL/
assert log.contains('BUILD FAILURE')

// the hung command's child was killed with it, not left behind
def childPid = new File(basedir, 'target/hang-child.pid').text.trim() as long
def child = ProcessHandle.of(childPid)
assert !(child.isPresent() && child.get().isAlive()) : "the hung command's child process ${childPid} is still running"

// output is kept as evidence, with the secret redacted everywhere
def hangLog = new File(evidenceDir, 'certify/hang.log')
assert hangLog.text.contains('certifying with token')
assert new File(evidenceDir, 'certify/static-checks.log').text.contains('static checks passed')
[hangLog, new File(evidenceDir, 'evidence.json'), new File(evidenceDir, 'summary.md'), new File(basedir, 'build.log')].each {
    assert !it.text.contains('tok-3f9a8b7c6d5e') : "the secret leaked into ${it}"
}

def evidence = Evidence.of(basedir)
def certify = evidence.results.find { it.gate == 'certify' }
def timedOut = certify.findings.find { it.code == 'CERTIFY_COMMAND_TIMED_OUT' }
assert timedOut.message.contains('hang')
assert timedOut.detail.contains('certifying with token ****')
assert certify.findings.any { it.code == 'CERTIFY_COMMAND_PASSED' && it.message.contains('static-checks') }
return true
