import dev.gatekeeper.it.Evidence
import java.nio.file.Files
import java.nio.file.Paths

// After run 1: the certify job's part says FAIL. Someone edits it to PASS and READY (keeping the
// digest the verdict wrote), and links a second "part" to a file outside the import directory.
def log = new File(basedir, 'build.log').text
assert log =~ /verdict: certify\s+split-ci-forged-part-is-refused\s+FAIL/
def evidence = new File(basedir, 'target/gatekeeper/evidence.json')
assert Evidence.read(evidence).outcome == 'HOLD'

def part = new File(basedir, 'parts/run-1')
part.mkdirs()
def forged = evidence.text.replace('"FAIL"', '"PASS"').replaceAll(/"outcome"\s*:\s*"HOLD"/, '"outcome" : "READY"')
assert forged != evidence.text && !forged.contains('"FAIL"')
new File(part, 'evidence.json').text = forged
new File(part, 'evidence.json.sha256').text = new File(evidence.parentFile, 'evidence.json.sha256').text

def outside = new File(basedir, 'target/outside-secret.txt')
outside.text = 'TOPSECRET-first-token\n'
def link = new File(basedir, 'parts/run-2/evidence.json')
link.parentFile.mkdirs()
Files.createSymbolicLink(link.toPath(), outside.toPath().toAbsolutePath())
return true
