import org.eclipse.jgit.api.Git

def log = new File(basedir, 'build.log').text

// the preparation build (merge-ready profile: the changelog is docs/CHANGES.md) held the plan, so release:prepare
// stopped in run-preparation-goals: nothing was committed, tagged or pushed
def preparation = log.indexOf('prepare:run-preparation-goals')
assert preparation >= 0
assert !log.contains('prepare:scm-commit-release')
assert !log.contains('prepare:scm-tag')
def forked = log.substring(preparation)
assert forked.contains('release-plan: release.properties is there: release:prepare is under way')
assert forked.contains('release-plan: HOLD')
assert forked.contains('docs/CHANGES.md has no section for 1.2.0')
assert forked.contains('RELEASE_PLAN_NO_CHANGELOG_ENTRY')
assert forked =~ /verdict: release-plan\s+release-prepare-stops-before-tagging-a-held-plan\s+HOLD/
assert forked.contains("Add a section '## [1.2.0] - <date>' to docs/CHANGES.md")
assert log.contains('Maven execution failed')
assert log.contains('BUILD FAILURE')

def git = Git.open(basedir)
try {
    def repository = git.repository
    assert repository.exactRef('refs/tags/v1.2.0') == null
    assert git.tagList().call()*.name == ['refs/tags/v1.1.0']
    def head = repository.parseCommit(repository.resolve('HEAD'))
    assert head.fullMessage == '1.2.0 work'
} finally {
    git.close()
}
def remote = Git.open(new File(basedir, 'remote.git'))
try {
    assert remote.repository.refDatabase.refs.isEmpty()
} finally {
    remote.close()
}
return true
