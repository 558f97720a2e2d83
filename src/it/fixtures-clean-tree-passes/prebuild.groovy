import org.eclipse.jgit.api.Git
import org.eclipse.jgit.lib.PersonIdent

// The IT gets its own repository: without it, the gate would judge the enclosing Gatekeeper checkout.
def ident = new PersonIdent('IT', 'it@example.com')
def git = Git.init().setDirectory(basedir).setInitialBranch('main').call()
new File(basedir, '.gitignore').text = 'target/\nbuild.log\n'
git.add().addFilepattern('.').call()
git.commit().setMessage('fixtures as committed').setAuthor(ident).setCommitter(ident).setSign(false).call()
git.close()
// no change: the generator reproduces the committed fixture byte for byte
return true
