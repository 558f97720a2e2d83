import org.eclipse.jgit.api.Git
import org.eclipse.jgit.lib.PersonIdent

def run2 = new File(basedir, 'build.log').text.split('BUILD SUCCESS')[1]
assert run2 =~ /(?m)^\[INFO\] audit: inputs changed: osv-database - running$/
assert run2 =~ /(?m)^\[INFO\] audit: started$/
assert run2 =~ /(?m)^\[INFO\] sbom: PASS reused - /
assert run2 =~ /verdict: audit\s+\S+\s+PASS\s/

// a fixture file changes, and the change is committed
new File(basedir, 'src/test/resources/greeting.txt').text = 'hello again\n'
def it = new PersonIdent('IT', 'it@example.com')
Git.open(basedir).withCloseable { git ->
    git.add().addFilepattern('.').call()
    git.commit().setMessage('new greeting').setAuthor(it).setCommitter(it).setSign(false).call()
}
return true
