import org.eclipse.jgit.api.Git
import org.eclipse.jgit.lib.PersonIdent

// 1.1.0 is released; 1.2.0 is planned on main, but the changelog only has an Unreleased section
def it = new PersonIdent('IT', 'it@example.com')
new File(basedir, '.git').deleteDir()
new File(basedir, '.gitignore').text = 'target/\nbuild.log\n'
def git = Git.init().setDirectory(basedir).setInitialBranch('main').call()
try {
    git.add().addFilepattern('.').call()
    git.commit().setMessage('release 1.1.0').setAuthor(it).setCommitter(it).setSign(false).call()
    git.tag().setName('v1.1.0').setAnnotated(false).call()
    new File(basedir, 'README.md').text = 'work for 1.2.0\n'
    git.add().addFilepattern('.').call()
    git.commit().setMessage('1.2.0 work').setAuthor(it).setCommitter(it).setSign(false).call()
} finally {
    git.close()
}
return true
