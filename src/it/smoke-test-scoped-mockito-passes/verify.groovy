import dev.gatekeeper.it.Evidence

def log = new File(basedir, 'build.log').text
def evidenceDir = new File(basedir, 'target/gatekeeper')

assert !log.contains('SMOKE_TEST_FRAMEWORK_AT_RUNTIME') && !log.contains('Test framework org.mockito')
assert log =~ /verdict: smoke:publish\s+smoke-test-scoped-mockito-passes\s+PASS\s.*resolves from a clean repository with 0 runtime dependencies/
assert log =~ /verdict: READY/
assert log.contains('BUILD SUCCESS')

def evidence = Evidence.of(basedir)
def publish = evidence.results.find { it.gate == 'smoke' && it.subject == 'publish' }
assert publish.status == 'PASS'
assert !publish.findings.any { it.code in ['SMOKE_TEST_FRAMEWORK_AT_RUNTIME', 'SMOKE_TEST_SUPPORT_LIBRARY'] }
return true
