import dev.gatekeeper.it.Evidence

def log = new File(basedir, 'build.log').text

assert log.contains('CERTIFY_REPORT_MALFORMED')
assert log.contains('TEST-com.example.FarewellTest.xml') : 'the message names the broken file'
assert log =~ /verdict: certify\s+certify-malformed-report-is-named\s+HOLD/
assert !log.contains('XMLStreamException') && !log.contains('\tat ') : 'no stack trace for bad input'
assert log.contains('BUILD FAILURE')

def certify = Evidence.of(basedir).results.find { it.gate == 'certify' }
def malformed = certify.findings.find { it.code == 'CERTIFY_REPORT_MALFORMED' }
assert malformed.file.endsWith('target/surefire-reports/TEST-com.example.FarewellTest.xml')
// the intact report still counts
assert certify.inputs.keySet().any { it.endsWith('TEST-com.example.GreeterTest.xml') }
return true
