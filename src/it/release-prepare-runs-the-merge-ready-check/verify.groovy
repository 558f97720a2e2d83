import java.util.regex.Pattern
import org.eclipse.jgit.api.Git
import org.eclipse.jgit.lib.Constants

def log = new File(basedir, 'build.log').text

// the release plugin ran its preparation goals, in a forked build with the merge-ready profile (the changelog
// at docs/CHANGES.md is that profile's configuration), after rewriting the POMs and before committing or tagging
def preparation = log.indexOf('prepare:run-preparation-goals')
def commitRelease = log.indexOf('prepare:scm-commit-release')
def tagging = log.indexOf('prepare:scm-tag')
assert 0 <= preparation && preparation < commitRelease && commitRelease < tagging
def forked = log.substring(preparation, commitRelease)
assert forked.contains('release-plan: release.properties is there: release:prepare is under way')
assert forked =~ (/release-plan: PASS in \d[\d. a-z]* - / + Pattern.quote('1.2.0 planned on main: past v1.1.0, in docs/CHANGES.md, no SNAPSHOTs, tree clean'))
assert forked =~ /verdict: release-plan\s+release-prepare-runs-the-merge-ready-check\s+PASS/
assert forked.contains('verdict: READY')
assert forked.contains(':release-check (default-cli)')
assert forked.contains('release-plan: checked on any branch: gatekeeper.releasePlan.force is set')
assert log.contains('BUILD SUCCESS')
// the preparation build used the ITs' local repository: only it runs clean, and the plugin landed there (it comes
// from the developer's repository through the ITs' settings, or from Central on a machine that never ran clean)
def cleanPlugin = new File(localRepositoryPath, 'org/apache/maven/plugins/maven-clean-plugin/3.5.0/maven-clean-plugin-3.5.0.jar')
assert cleanPlugin.isFile()

def git = Git.open(basedir)
try {
    def repository = git.repository
    def tag = repository.exactRef(Constants.R_TAGS + 'v1.2.0')
    assert tag != null
    def tagged = repository.parseCommit(repository.getRefDatabase().peel(tag).peeledObjectId ?: tag.objectId)
    assert tagged.fullMessage.contains('prepare release v1.2.0')
    def taggedPom = new String(repository.open(org.eclipse.jgit.treewalk.TreeWalk.forPath(repository, 'pom.xml', tagged.tree).getObjectId(0)).bytes, 'UTF-8')
    assert taggedPom.contains('<version>1.2.0</version>')
    // HEAD is the next development version, committed
    def head = repository.parseCommit(repository.resolve('HEAD'))
    assert head.fullMessage.contains('prepare for next development iteration')
    assert head.getParent(0) == tagged
    assert new File(basedir, 'pom.xml').text.contains('<version>1.3.0-SNAPSHOT</version>')
    // pushed to the bare remote: tag and branch
    def remote = Git.open(new File(basedir, 'remote.git'))
    try {
        assert remote.repository.resolve('refs/tags/v1.2.0^{commit}') == tagged.id
        assert remote.repository.resolve('refs/heads/main') == head.id
    } finally {
        remote.close()
    }
} finally {
    git.close()
}
return true
