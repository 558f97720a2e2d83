import org.eclipse.jgit.api.Git
import org.eclipse.jgit.lib.PersonIdent

// 1.3.0 is already released (tagged on an earlier commit); the project still plans 1.2.0
def it = new PersonIdent('IT', 'it@example.com')
new File(basedir, '.git').deleteDir()
new File(basedir, '.gitignore').text = 'target/\nbuild.log\n'
def git = Git.init().setDirectory(basedir).setInitialBranch('main').call()
try {
    git.add().addFilepattern('.').call()
    git.commit().setMessage('release 1.3.0').setAuthor(it).setCommitter(it).setSign(false).call()
    git.tag().setName('v1.3.0').setAnnotated(false).call()
    git.tag().setName('v1.1.0').setAnnotated(false).call()
    git.checkout().setCreateBranch(true).setName('feature/older-plan').call()
    new File(basedir, 'README.md').text = 'work after 1.3.0\n'
    git.add().addFilepattern('.').call()
    git.commit().setMessage('after 1.3.0').setAuthor(it).setCommitter(it).setSign(false).call()
} finally {
    git.close()
}
return true
