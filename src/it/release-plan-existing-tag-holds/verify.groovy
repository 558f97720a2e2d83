import java.util.regex.Pattern
import dev.gatekeeper.it.Evidence

def log = new File(basedir, 'build.log').text
def taggedCommit = new File(basedir, 'target/tagged-commit.txt').text.trim()

assert log.contains('release-plan: branch main (from git)')
assert log.contains('release-plan: planned release 1.2.0 (from the project version 1.2.0-SNAPSHOT)')
assert log =~ (/release-plan: HOLD in \d[\d. a-z]* - / + Pattern.quote("tag v1.2.0 already exists and points at commit ${taggedCommit.substring(0, 12)}, not at HEAD"))
assert log =~ /verdict: release-plan\s+release-plan-existing-tag-holds\s+HOLD/
assert log.contains('plan 1.2.1 or 1.3.0: set the project version with mvn versions:set -DnewVersion=1.3.0-SNAPSHOT')
assert log.contains('BUILD FAILURE')

def result = Evidence.of(basedir).results.find { it.gate == 'release-plan' }
assert result.status == 'HOLD'
// the tag, and the Gatekeeper plugin under test, a SNAPSHOT in the active merge-ready profile (a warning); the changelog has the
// section, the tree is clean, and the tag of 1.2.0 itself is not reported as a later release too
assert result.findings*.code.sort() == ['RELEASE_PLAN_SNAPSHOT_GATEKEEPER', 'RELEASE_PLAN_TAG_EXISTS']
assert result.findings.find { it.code == 'RELEASE_PLAN_SNAPSHOT_GATEKEEPER' }.attributes.coordinates.startsWith('dev.gatekeeper:gatekeeper-maven-plugin:')
def exists = result.findings.find { it.code == 'RELEASE_PLAN_TAG_EXISTS' }
assert exists.severity == 'HOLD'
assert exists.attributes.tag == 'v1.2.0'
assert exists.attributes.commit == taggedCommit
return true
