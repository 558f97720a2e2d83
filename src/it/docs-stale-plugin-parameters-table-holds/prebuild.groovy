import org.eclipse.jgit.api.Git
import org.eclipse.jgit.lib.PersonIdent

// Its own repository: the docs gate finds the repository root from the module's directory.
new File(basedir, '.gitignore').text = 'target/\nbuild.log\n'
def git = Git.init().setDirectory(basedir).setInitialBranch('main').call()
def it = new PersonIdent('IT', 'it@example.com')
git.add().addFilepattern('.').call()
git.commit().setMessage('plugin with its goals and parameters in the README').setAuthor(it).setCommitter(it).setSign(false).call()
git.close()

// The change under review: a new parameter, and the README not updated.
def mojo = new File(basedir, 'src/main/java/com/example/plugin/GreetMojo.java')
mojo.text = mojo.text.replace('''    @Override''', '''    /** Shout the greeting. */
    @Parameter(property = "tiny.loud", defaultValue = "false")
    private boolean loud;

    @Override''')
assert mojo.text.contains('tiny.loud')
return true
