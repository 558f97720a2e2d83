import java.util.regex.Pattern
import dev.gatekeeper.it.Evidence

def log = new File(basedir, 'build.log').text
def fix = 'Add a section <release version="3.21.0" date="YYYY-MM-DD"> to the <body> of src/changes/changes.xml'

assert log.contains('release-plan: changelog src/changes/changes.xml (gatekeeper.releasePlan.changelog)')
assert log =~ (/release-plan: HOLD in \d[\d. a-z]* - / + Pattern.quote('src/changes/changes.xml has no section for 3.21.0'))
assert log =~ /verdict: release-plan\s+release-plan-changes-xml-missing-release-holds\s+HOLD/
assert log.contains(fix)
// never a Markdown heading for an XML file
assert !log.contains('## [3.21.0]')
assert log.contains('BUILD FAILURE')

def result = Evidence.of(basedir).results.find { it.gate == 'release-plan' }
assert result.status == 'HOLD'
assert result.findings*.code.sort() == ['RELEASE_PLAN_NO_CHANGELOG_ENTRY', 'RELEASE_PLAN_SNAPSHOT_GATEKEEPER']
def noEntry = result.findings.find { it.code == 'RELEASE_PLAN_NO_CHANGELOG_ENTRY' }
assert noEntry.severity == 'HOLD'
assert noEntry.file == 'src/changes/changes.xml'
assert noEntry.fix == fix
// read-only: the changelog is untouched
assert !new File(basedir, 'src/changes/changes.xml').text.contains('3.21.0"')
return true
