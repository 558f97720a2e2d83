import dev.gatekeeper.it.Evidence
import java.nio.file.Files
import java.nio.file.StandardCopyOption

// After run 1: certify ran alone, docs was not selected; the CI uploads the evidence as the job's part.
def log = new File(basedir, 'build.log').text
assert log =~ /certify: PASS in \d[\d. a-z]* - 2 tests passed/
assert log.contains('docs: not selected (gatekeeper.gates=certify)')
assert log =~ /verdict: certify\s+split-ci-two-partial-runs-merge-into-one-verdict\s+PASS/
assert !(log =~ /verdict: docs\s/)

def evidence = new File(basedir, 'target/gatekeeper/evidence.json')
def part = Evidence.read(evidence)
assert part.results*.gate == ['certify']
assert part.build.commit ==~ /[0-9a-f]{40}/
def copy = new File(basedir, 'parts/run-1/evidence.json')
copy.parentFile.mkdirs()
Files.copy(evidence.toPath(), copy.toPath(), StandardCopyOption.REPLACE_EXISTING)
// the part is evidence.json with its digest, as a CI uploads the job's whole target/gatekeeper/
Files.copy(new File(evidence.parentFile, 'evidence.json.sha256').toPath(),
        new File(copy.parentFile, 'evidence.json.sha256').toPath(), StandardCopyOption.REPLACE_EXISTING)
return true
