import dev.gatekeeper.it.Evidence
import org.eclipse.jgit.api.Git

// After run 2: the part of the earlier commit is refused, naming the file and both commits; the build fails.
def partCommit = new File(basedir, 'target/part-commit.txt').text
def head = Git.open(basedir).withCloseable { it.repository.resolve('HEAD').name() }
assert partCommit ==~ /[0-9a-f]{40}/
assert partCommit != head

def log = new File(basedir, 'build.log').text
def run2 = log.substring(log.indexOf('BUILD SUCCESS') + 'BUILD SUCCESS'.length())
def refusal = "parts/run-1/evidence.json was built from commit ${partCommit}, but this checkout is at commit ${head}; its results are not counted"
assert run2 =~ /verdict: verdict:import\s+split-ci-part-from-other-commit-is-refused\s+ERROR\s.*0 parts imported from parts, 1 refused/
assert !(run2 =~ /verdict: certify\s/)
assert run2.contains('verdict: HOLD')
assert run2.contains(refusal)
assert run2.contains('VERDICT_IMPORT_OTHER_COMMIT')
assert run2.contains('BUILD FAILURE')
assert !run2.contains('\tat ') : 'no stack trace'

def evidence = Evidence.of(basedir)
assert evidence.outcome == 'HOLD'
assert evidence.build.commit == head
assert evidence.results*.gate == ['verdict']
assert !evidence.imported
def finding = evidence.results[0].findings.find { it.code == 'VERDICT_IMPORT_OTHER_COMMIT' }
assert finding.severity == 'ERROR'
assert finding.file == 'parts/run-1/evidence.json'
assert finding.message == refusal.toString()
return true
