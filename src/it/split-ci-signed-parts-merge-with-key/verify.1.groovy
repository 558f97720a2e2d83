import dev.gatekeeper.it.Evidence
import java.nio.file.Files
import java.nio.file.StandardCopyOption

// After run 1: the certify job's verdict signed its part; the CI uploads the job's whole target/gatekeeper/.
def log = new File(basedir, 'build.log').text
assert log.count('verdict: evidence signed with the key in GATEKEEPER_EVIDENCE_KEY (evidence.json.sig, gatekeeper.intoto.json.sig)') == 1
assert !log.contains('it-key-0123456789') : 'the key is never logged'
def source = new File(basedir, 'target/gatekeeper')
assert Evidence.read(new File(source, 'evidence.json')).results*.gate == ['certify']
assert new File(source, 'evidence.json.sig').text ==~ /hmac-sha256:[0-9a-f]{64}  evidence\.json\n/
assert new File(source, 'gatekeeper.intoto.json.sig').text ==~ /hmac-sha256:[0-9a-f]{64}  gatekeeper\.intoto\.json\n/
def part = new File(basedir, 'parts/run-1')
part.mkdirs()
['evidence.json', 'evidence.json.sha256', 'evidence.json.sig'].each {
    Files.copy(new File(source, it).toPath(), new File(part, it).toPath(), StandardCopyOption.REPLACE_EXISTING)
}
return true
