import java.util.regex.Pattern
import dev.gatekeeper.it.Evidence

def log = new File(basedir, 'build.log').text

assert log.contains('release-plan: branch main (from git)')
assert log.contains('release-plan: latest release tag: v1.1.0')
assert log =~ (/release-plan: HOLD in \d[\d. a-z]* - / + Pattern.quote('CHANGELOG.md has no section for 1.2.0'))
assert log =~ /verdict: release-plan\s+release-plan-missing-changelog-entry-holds\s+HOLD/
assert log.contains("Add a section '## [1.2.0] - <date>' to CHANGELOG.md")
assert log.contains('BUILD FAILURE')

def result = Evidence.of(basedir).results.find { it.gate == 'release-plan' }
assert result.status == 'HOLD'
// the Gatekeeper plugin under test is a SNAPSHOT in the active merge-ready profile: a warning, not a hold (issue 15)
assert result.findings*.code.sort() == ['RELEASE_PLAN_NO_CHANGELOG_ENTRY', 'RELEASE_PLAN_SNAPSHOT_GATEKEEPER']
assert result.findings.find { it.code == 'RELEASE_PLAN_SNAPSHOT_GATEKEEPER' }.severity == 'WARN'
def noEntry = result.findings.find { it.code == 'RELEASE_PLAN_NO_CHANGELOG_ENTRY' }
assert noEntry.severity == 'HOLD'
assert noEntry.file == 'CHANGELOG.md'
// read-only: the changelog is untouched
assert new File(basedir, 'CHANGELOG.md').text.contains('## [Unreleased]')
assert !new File(basedir, 'CHANGELOG.md').text.contains('1.2.0]')
return true
