import org.eclipse.jgit.api.Git
import org.eclipse.jgit.lib.PersonIdent

// On a feature branch (release-check checks on any branch): 1.3.0 is already released, there is
// no changelog, a module is at another version, a SNAPSHOT dependency remains, a file is uncommitted.
def it = new PersonIdent('IT', 'it@example.com')
new File(basedir, '.git').deleteDir()
new File(basedir, '.gitignore').text = 'target/\nbuild.log\n'
def git = Git.init().setDirectory(basedir).setInitialBranch('main').call()
try {
    git.add().addFilepattern('.').call()
    git.commit().setMessage('release 1.3.0').setAuthor(it).setCommitter(it).setSign(false).call()
    git.tag().setName('v1.3.0').setAnnotated(false).call()
    git.checkout().setCreateBranch(true).setName('feature/cut-a-release').call()
} finally {
    git.close()
}
new File(basedir, 'notes.txt').text = 'not committed\n'
return true
