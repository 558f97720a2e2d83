import java.util.regex.Pattern
import dev.gatekeeper.it.Evidence

def log = new File(basedir, 'build.log').text

assert log.contains('release-plan: branch feature/older-plan (from git)')
assert log.contains('release-plan: checked on any branch: gatekeeper.releasePlan.force is set')
assert log.contains('release-plan: latest release tag: v1.3.0')
assert log =~ (/release-plan: HOLD in \d[\d. a-z]* - / + Pattern.quote('1.2.0 does not move past v1.3.0'))
assert log =~ /verdict: release-plan\s+release-plan-version-not-past-latest-holds\s+HOLD/
assert log.contains('plan 1.3.1 or 1.4.0: set the project version with mvn versions:set -DnewVersion=1.4.0-SNAPSHOT, or pass -Dgatekeeper.releasePlan.version=1.4.0')
assert log.contains('BUILD FAILURE')

def result = Evidence.of(basedir).results.find { it.gate == 'release-plan' }
assert result.status == 'HOLD'
// the Gatekeeper plugin under test is a SNAPSHOT in the active merge-ready profile: a warning, not a hold (issue 15)
assert result.findings*.code.sort() == ['RELEASE_PLAN_NOT_PAST_LATEST', 'RELEASE_PLAN_SNAPSHOT_GATEKEEPER']
def notPast = result.findings.find { it.code == 'RELEASE_PLAN_NOT_PAST_LATEST' }
assert notPast.severity == 'HOLD'
assert notPast.message == '1.2.0 does not move past v1.3.0'
assert notPast.attributes.latestTag == 'v1.3.0'
return true
