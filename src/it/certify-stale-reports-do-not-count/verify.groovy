import dev.gatekeeper.it.Evidence

def log = new File(basedir, 'build.log').text

assert log =~ /verdict: certify\s+certify-stale-reports-do-not-count\s+HOLD/
assert log.contains('CERTIFY_NO_TESTS_RAN')
assert log.contains('BUILD FAILURE')

def certify = Evidence.of(basedir).results.find { it.gate == 'certify' }
assert certify.status == 'HOLD'
assert certify.findings*.code.containsAll(['CERTIFY_NO_TESTS_RAN', 'CERTIFY_STALE_REPORT_IGNORED'])
assert certify.findings.find { it.code == 'CERTIFY_STALE_REPORT_IGNORED' }.detail.contains('TEST-com.example.GreeterTest.xml')
assert !certify.inputs : 'no stale report is counted as evidence'
return true
