import dev.gatekeeper.it.Evidence

def log = new File(basedir, 'build.log').text
def evidenceDir = new File(basedir, 'target/gatekeeper')

// provided keeps commons-text off what a consumer resolves
assert log =~ /smoke: publish: PASS in \d[\d. a-z]* - .*resolves from a clean repository with 0 runtime dependencies/
assert log =~ /smoke: jdk-17: FAIL in \d[\d. a-z]* - .*NoClassDefFoundError: org\/apache\/commons\/text\/StringSubstitutor/
assert log =~ /verdict: smoke:jdk-17\s+smoke-provided-dependency-fails-at-runtime\s+FAIL\s/
assert log =~ /verdict: HOLD/
assert log.contains('BUILD FAILURE')

def evidence = Evidence.of(basedir)
def lane = evidence.results.find { it.gate == 'smoke' && it.subject == 'jdk-17' }
assert lane.status == 'FAIL'
def failed = lane.findings.find { it.code == 'SMOKE_ENTRY_POINT_FAILED' }
assert failed.severity == 'FAIL'
assert failed.message =~ /exited with 1 .*NoClassDefFoundError: org\/apache\/commons\/text\/StringSubstitutor/
assert failed.detail.contains('java.lang.NoClassDefFoundError: org/apache/commons/text/StringSubstitutor')
assert failed.fix.contains('provided')
return true
