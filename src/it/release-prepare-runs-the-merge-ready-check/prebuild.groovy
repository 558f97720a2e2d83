import dev.gatekeeper.core.ScratchRepository
import org.eclipse.jgit.api.Git

// 1.1.0 was released from an earlier commit; HEAD on main plans 1.2.0, its changelog section is written
// and everything is committed. release:prepare pushes to a bare repository inside the project (ignored).
// A second invoker execution clones over the first one's files: nothing of an earlier release may be resumed.
['release.properties', 'pom.xml.releaseBackup', 'pom.xml.next', 'pom.xml.tag', 'release-pom.xml'].each { new File(basedir, it).delete() }
def remote = new File(basedir, 'remote.git')
remote.deleteDir()
Git.init().setBare(true).setDirectory(remote).setInitialBranch('main').call().close()
def pom = new File(basedir, 'pom.xml')
pom.text = pom.text.replace('REMOTE_URL', 'file://' + remote.absolutePath)

def repo = ScratchRepository.forIntegrationTest(basedir, 'remote.git/')
// the release plugin runs the git binary: its identity comes from this repository, never from global config
def config = repo.git().repository.config
config.setString('user', null, 'name', 'IT')
config.setString('user', null, 'email', 'it@example.com')
config.setBoolean('commit', null, 'gpgsign', false)
config.setBoolean('tag', null, 'gpgsign', false)
config.save()
repo.commitAll('release 1.1.0')
repo.tag('v1.1.0', true)
repo.write('README.md', 'the app, planned for 1.2.0\n')
repo.commitAll('1.2.0 work')
repo.close()
return true
