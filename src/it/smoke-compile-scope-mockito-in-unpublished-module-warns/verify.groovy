import dev.gatekeeper.it.Evidence

def log = new File(basedir, 'build.log').text

// the module is not published (maven.deploy.skip): a test framework on its runtime classpath reaches no consumer,
// so the same finding that holds a published library only warns here
assert log =~ /Test framework org\.mockito:mockito-core:4\.11\.0 is a compile dependency \(pom\.xml line \d+\)/
assert log =~ /verdict: smoke:publish\s+smoke-compile-scope-mockito-in-unpublished-module-warns\s+WARN\s/
assert log =~ /verdict: READY/
assert log.contains('BUILD SUCCESS')

def evidence = Evidence.of(basedir)
def publish = evidence.results.find { it.gate == 'smoke' && it.subject == 'publish' }
assert publish.status == 'WARN'
def leak = publish.findings.find { it.code == 'SMOKE_TEST_FRAMEWORK_AT_RUNTIME' }
assert leak.severity == 'WARN'
assert leak.attributes.dependency == 'org.mockito:mockito-core:4.11.0'
assert publish.findings.any { it.code == 'SMOKE_NOT_PUBLISHED' }
return true
