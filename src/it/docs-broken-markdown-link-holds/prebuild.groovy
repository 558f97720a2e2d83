import org.eclipse.jgit.api.Git
import org.eclipse.jgit.lib.PersonIdent

// The docs gate finds the repository from the module's directory; without its own repository this
// project would be checked as a part of the enclosing Gatekeeper checkout.
new File(basedir, '.gitignore').text = 'target/\nbuild.log\n'
def git = Git.init().setDirectory(basedir).setInitialBranch('main').call()
def it = new PersonIdent('IT', 'it@example.com')
git.add().addFilepattern('.').call()
git.commit().setMessage('docs with broken links').setAuthor(it).setCommitter(it).setSign(false).call()
git.close()
return true
