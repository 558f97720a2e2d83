import java.util.regex.Pattern
import dev.gatekeeper.it.Evidence
import groovy.xml.XmlSlurper

def log = new File(basedir, 'build.log').text
def evidenceDir = new File(basedir, 'target/gatekeeper')
def postgres = 'org.example.petclinic.PostgresIntegrationTests'

// The real shape: surefire reports the class aborted in @BeforeAll as an empty suite, neither run nor skipped.
assert log.contains("Tests run: 0, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: ") && log.contains("-- in ${postgres}")
def report = new XmlSlurper().parse(new File(basedir, "target/surefire-reports/TEST-${postgres}.xml"))
assert report.@tests.text() == '0' && report.@skipped.text() == '0' : 'surefire counts none of its tests'
assert report.testcase.size() == 0 : 'and names none of them'

// certify counts its two test methods as skipped, beside the two the Docker condition skipped.
def message = "4 tests skipped, 2 of them in a test class skipped as a whole (${postgres})"
assert log =~ (/certify: WARN in \d[\d. a-z]* - / + Pattern.quote(message)) : 'the certify line'
assert log =~ /verdict: certify\s+certify-class-level-assumption-counts-as-skipped\s+WARN\s+\S+ \S+\s+4 tests skipped, 2 of them in a test class skipped as a whole/ : 'the certify row'
assert log =~ /verdict: READY: 1 warning/ : 'skips warn, they do not hold'

def certify = Evidence.result(basedir, 'certify')
assert certify.status == 'WARN'
assert certify.summary == message
def skipped = certify.findings.findAll { it.code == 'CERTIFY_TESTS_SKIPPED' }
assert skipped.size() == 1
assert skipped[0].message == message
// Grouped by reason; the class skipped as a whole is named with its test count.
assert skipped[0].detail.startsWith('2 tests: disabledWithoutDocker is true and Docker is not available\n'
        + '  org.example.petclinic.MySqlIntegrationTests.testFindAll\n'
        + '  org.example.petclinic.MySqlIntegrationTests.testOwnerDetails\n')
assert skipped[0].detail.contains("${postgres} (2 tests): the class was skipped as a whole: it aborted before any test ran")
// The fix fits the reason: these tests need Docker, nobody disabled them.
assert skipped[0].fix.startsWith('4 tests need an environment this build did not have (Docker,')
assert skipped[0].fix.contains('run on a machine that has it, or accept these skips')
assert !skipped[0].fix.contains('@Disabled') && !skipped[0].fix.contains('@Ignore')
assert certify.inputs.keySet().any { it.endsWith("TEST-${postgres}.xml") } : 'the empty report is an input too'

def evidence = Evidence.of(basedir)
assert evidence.outcome == 'READY'
assert evidence.results.find { it.gate == 'certify' }.findings.any { it.code == 'CERTIFY_TESTS_SKIPPED' && it.message == message }
assert new File(evidenceDir, 'summary.md').text.contains(postgres)
return true
