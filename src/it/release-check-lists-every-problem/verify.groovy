import dev.gatekeeper.it.Evidence

def log = new File(basedir, 'build.log').text

assert log.contains('release-plan: branch feature/cut-a-release (from git)')
assert log.contains('release-plan: checked on any branch: gatekeeper.releasePlan.force is set')
assert log.contains('BUILD FAILURE')
// the goal fails the build itself, with every blocking finding and its fix in the failure message
def failure = log.substring(log.indexOf('[ERROR] Failed to execute goal'))
assert failure.contains(':release-check')
assert failure.contains('RELEASE_PLAN_NOT_PAST_LATEST: 1.2.0 does not move past v1.3.0')
assert failure.contains('RELEASE_PLAN_NO_CHANGELOG: there is no changelog: none of CHANGELOG, CHANGES, HISTORY, NEWS, RELEASE-NOTES, RELEASE_NOTES')
assert failure.contains('RELEASE_PLAN_VERSION_MISMATCH: dev.gatekeeper.it:release-check-lists-every-problem-core is at 1.1.0-SNAPSHOT, the reactor\'s root at 1.2.0-SNAPSHOT')
assert failure.contains('RELEASE_PLAN_SNAPSHOT_DEPENDENCY: dev.gatekeeper.it:release-check-lists-every-problem: dependency dev.gatekeeper.it:release-check-unreleased-lib:2.0.0-SNAPSHOT is a SNAPSHOT')
assert failure.contains('RELEASE_PLAN_DIRTY_TREE: the working tree has 1 uncommitted change; a release must be built from a commit')
assert failure.contains('fix: commit or stash them: git status --short')
assert failure.contains('fix: plan 1.3.1 or 1.4.0')
// no verdict ran
assert !log.contains('verdict:')

def result = Evidence.result(basedir, 'release-plan')
assert result.status == 'HOLD'
assert result.findings*.code.sort() == ['RELEASE_PLAN_DIRTY_TREE', 'RELEASE_PLAN_NOT_PAST_LATEST', 'RELEASE_PLAN_NO_CHANGELOG',
        'RELEASE_PLAN_SNAPSHOT_DEPENDENCY', 'RELEASE_PLAN_VERSION_MISMATCH']
assert result.findings.find { it.code == 'RELEASE_PLAN_VERSION_MISMATCH' }.file == 'core/pom.xml'
assert result.findings.find { it.code == 'RELEASE_PLAN_DIRTY_TREE' }.detail.contains('?? notes.txt')
return true
