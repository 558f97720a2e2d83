import dev.gatekeeper.it.Evidence
import groovy.xml.XmlSlurper

def log = new File(basedir, 'build.log').text
def evidenceDir = new File(basedir, 'target/gatekeeper')

// surefire ran the tests and, as the merge-ready profile asks, did not stop the build itself
assert log.contains('Tests run: 2, Failures: 1')
assert log =~ /verdict: certify\s+certify-failing-test-holds-merge\s+FAIL/ : 'the table shows the failed gate'
assert log =~ /verdict: HOLD/ : 'the verdict holds the merge'
// the build fails once, in the verdict, naming the test and how to reproduce it
assert log =~ /Failed to execute goal dev\.gatekeeper:gatekeeper-maven-plugin:[^:]+:verdict/
assert log.contains('com.example.GreeterTest.greetsInFrench')
assert log.contains("-Dtest=com.example.GreeterTest#greetsInFrench")
assert log.contains('BUILD FAILURE')

def evidence = Evidence.of(basedir)
assert evidence.outcome == 'HOLD'
def certify = evidence.results.find { it.gate == 'certify' }
assert certify.status == 'FAIL'
def failed = certify.findings.findAll { it.code == 'CERTIFY_TEST_FAILED' }
assert failed.size() == 1
assert failed[0].message.contains('greetsInFrench')
assert failed[0].file.endsWith('TEST-com.example.GreeterTest.xml')

def junit = new XmlSlurper().parse(new File(evidenceDir, 'TEST-gatekeeper.xml'))
assert junit.@failures.text() == '1'
assert junit.testcase.find { it.@classname == 'gatekeeper.certify' }.failure.size() == 1
assert new File(evidenceDir, 'summary.md').text.contains('greetsInFrench')
def report = new File(evidenceDir, 'report.html').text
assert report.contains('<span class="word">HOLD</span>')
assert report.contains('<code class="code">CERTIFY_TEST_FAILED</code>') && report.contains('greetsInFrench')
return true
