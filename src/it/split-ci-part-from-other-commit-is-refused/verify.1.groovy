import java.nio.file.Files
import java.nio.file.StandardCopyOption
import org.eclipse.jgit.api.Git
import org.eclipse.jgit.lib.PersonIdent

// After run 1: keep the part, then move the checkout on by one commit, as a later push would.
def evidence = new File(basedir, 'target/gatekeeper/evidence.json')
def copy = new File(basedir, 'parts/run-1/evidence.json')
copy.parentFile.mkdirs()
Files.copy(evidence.toPath(), copy.toPath(), StandardCopyOption.REPLACE_EXISTING)
// the part is evidence.json with its digest, as a CI uploads the job's whole target/gatekeeper/
Files.copy(new File(evidence.parentFile, 'evidence.json.sha256').toPath(),
        new File(copy.parentFile, 'evidence.json.sha256').toPath(), StandardCopyOption.REPLACE_EXISTING)

def it = new PersonIdent('IT', 'it@example.com')
Git.open(basedir).withCloseable { git ->
    new File(basedir, 'README.md') << 'Now also greets in French.\n'
    git.add().addFilepattern('README.md').call()
    git.commit().setMessage('later change').setAuthor(it).setCommitter(it).setSign(false).call()
}
new File(basedir, 'target/part-commit.txt').text = new groovy.json.JsonSlurper().parse(copy).build.commit
return true
