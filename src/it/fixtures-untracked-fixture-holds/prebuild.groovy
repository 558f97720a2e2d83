import org.eclipse.jgit.api.Git
import org.eclipse.jgit.lib.PersonIdent

// The IT gets its own repository: without it, the gate would judge the enclosing Gatekeeper checkout.
def ident = new PersonIdent('IT', 'it@example.com')
def git = Git.init().setDirectory(basedir).setInitialBranch('main').call()
new File(basedir, '.gitignore').text = 'target/\nbuild.log\n*.tmp\n'
git.add().addFilepattern('.').call()
git.commit().setMessage('fixtures as committed').setAuthor(ident).setCommitter(ident).setSign(false).call()
git.close()

// the change: a new fixture nobody committed ...
new File(basedir, 'src/test/fixtures/new-case.json').text = '{"case": "new"}\n'
// ... an ignored scratch file beside it, and an edit outside the fixture paths: neither is drift
new File(basedir, 'src/test/fixtures/scratch.tmp').text = 'scratch\n'
new File(basedir, 'README.md').text = '# Untracked fixture IT, edited\n'
return true
