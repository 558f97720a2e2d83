import dev.gatekeeper.it.Evidence
import org.eclipse.jgit.api.Git

// After run 3: one verdict with both jobs' rows, each keeping its own build id, and the parts listed.
def log = new File(basedir, 'build.log').text
assert log.count('BUILD SUCCESS') == 3
def run3 = log.substring(log.lastIndexOf('BUILD SUCCESS', log.lastIndexOf('BUILD SUCCESS') - 1))
assert run3 =~ /verdict: certify\s+split-ci-two-partial-runs-merge-into-one-verdict\s+PASS/
assert run3 =~ /verdict: docs\s+split-ci-two-partial-runs-merge-into-one-verdict\s+PASS/
assert run3 =~ /verdict: verdict:import\s+split-ci-two-partial-runs-merge-into-one-verdict\s+PASS\s.*2 parts imported from parts/
assert run3.contains('verdict: READY: 3 passed')

def head = Git.open(basedir).withCloseable { it.repository.resolve('HEAD').name() }
def part1 = Evidence.read(new File(basedir, 'parts/run-1/evidence.json'))
def part2 = Evidence.read(new File(basedir, 'parts/run-2/evidence.json'))
def evidence = Evidence.of(basedir)
assert evidence.outcome == 'READY'
assert evidence.build.commit == head
assert evidence.results*.gate == ['certify', 'docs', 'verdict']
assert evidence.results.find { it.gate == 'certify' }.buildId == part1.build.buildId
assert evidence.results.find { it.gate == 'docs' }.buildId == part2.build.buildId
assert [part1.build.buildId, part2.build.buildId, evidence.build.buildId].toSet().size() == 3
assert evidence.imported.collect { [it.file, it.commit, it.buildId, it.gates] } == [
        ['parts/run-1/evidence.json', head, part1.build.buildId, ['certify']],
        ['parts/run-2/evidence.json', head, part2.build.buildId, ['docs']]]
return true
