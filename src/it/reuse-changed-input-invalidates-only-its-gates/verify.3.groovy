import org.eclipse.jgit.api.Git
import org.eclipse.jgit.lib.PersonIdent

def run3 = new File(basedir, 'build.log').text.split('BUILD SUCCESS')[2]
assert run3 =~ /(?m)^\[INFO\] fixtures: started$/
assert run3 =~ /(?m)^\[INFO\] audit: PASS reused - /
assert run3 =~ /(?m)^\[INFO\] sbom: PASS reused - /

// a dependency version changes (commons-lang3 3.12.0 -> 3.11), committed
def pom = new File(basedir, 'pom.xml')
pom.text = pom.text.replace('<version>3.12.0</version>', '<version>3.11</version>')
def it = new PersonIdent('IT', 'it@example.com')
Git.open(basedir).withCloseable { git ->
    git.add().addFilepattern('pom.xml').call()
    git.commit().setMessage('older commons-lang3').setAuthor(it).setCommitter(it).setSign(false).call()
}
return true
