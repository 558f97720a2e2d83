import dev.gatekeeper.it.Evidence
import java.nio.file.Files
import java.nio.file.StandardCopyOption

// After run 2: docs ran alone from the command line and its result reached that session's verdict;
// run 1's certify result, still in target/, belongs to another build and is not counted.
def log = new File(basedir, 'build.log').text
def run2 = log.substring(log.indexOf('BUILD SUCCESS') + 'BUILD SUCCESS'.length())
assert run2 =~ /verdict: docs\s+split-ci-two-partial-runs-merge-into-one-verdict\s+PASS/
assert !(run2 =~ /verdict: certify\s/)

def evidence = new File(basedir, 'target/gatekeeper/evidence.json')
def part = Evidence.read(evidence)
assert part.results*.gate == ['docs']
def copy = new File(basedir, 'parts/run-2/evidence.json')
copy.parentFile.mkdirs()
Files.copy(evidence.toPath(), copy.toPath(), StandardCopyOption.REPLACE_EXISTING)
// the part is evidence.json with its digest, as a CI uploads the job's whole target/gatekeeper/
Files.copy(new File(evidence.parentFile, 'evidence.json.sha256').toPath(),
        new File(copy.parentFile, 'evidence.json.sha256').toPath(), StandardCopyOption.REPLACE_EXISTING)
return true
