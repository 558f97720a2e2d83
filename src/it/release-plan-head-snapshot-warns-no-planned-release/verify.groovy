import dev.gatekeeper.it.Evidence

def log = new File(basedir, 'build.log').text

assert log.contains('release-plan: branch main (from git)')
assert log.contains('release-plan: no planned release: the project version HEAD-SNAPSHOT plans none')
assert log.contains('the project version HEAD-SNAPSHOT plans no release, so the tags and the changelog were not checked')
assert !log.contains('RELEASE_PLAN_INVALID_VERSION')
assert log =~ /verdict: READY/
assert log.contains('BUILD SUCCESS')

def result = Evidence.result(basedir, 'release-plan')
assert result.status == 'WARN'
assert result.findings*.code.sort() == ['RELEASE_PLAN_NO_PLANNED_VERSION', 'RELEASE_PLAN_SNAPSHOT_GATEKEEPER']
def none = result.findings.find { it.code == 'RELEASE_PLAN_NO_PLANNED_VERSION' }
assert none.severity == 'WARN'
assert none.fix.contains('-Dgatekeeper.releasePlan.version=')
return true
