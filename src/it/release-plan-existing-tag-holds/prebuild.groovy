import org.eclipse.jgit.api.Git
import org.eclipse.jgit.lib.PersonIdent

// 1.2.0 was tagged on an earlier commit; HEAD is one commit further and still plans 1.2.0
def it = new PersonIdent('IT', 'it@example.com')
new File(basedir, '.git').deleteDir()
new File(basedir, '.gitignore').text = 'target/\nbuild.log\n'
def git = Git.init().setDirectory(basedir).setInitialBranch('main').call()
try {
    git.add().addFilepattern('.').call()
    def tagged = git.commit().setMessage('release 1.2.0').setAuthor(it).setCommitter(it).setSign(false).call()
    git.tag().setName('v1.2.0').setAnnotated(true).setMessage('1.2.0').setTagger(it).setSigned(false).call()
    new File(basedir, 'README.md').text = 'work after the tag\n'
    git.add().addFilepattern('.').call()
    git.commit().setMessage('after 1.2.0').setAuthor(it).setCommitter(it).setSign(false).call()
    new File(basedir, 'target').mkdirs()
    new File(basedir, 'target/tagged-commit.txt').text = tagged.name()
} finally {
    git.close()
}
return true
