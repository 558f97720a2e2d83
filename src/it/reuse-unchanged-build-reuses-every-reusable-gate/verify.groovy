import dev.gatekeeper.it.Evidence

// After run 2, nothing changed: audit and sbom reuse run 1's results; certify and fixtures run again.
def log = new File(basedir, 'build.log').text
def run2 = log.substring(log.indexOf('verdict: READY') + 1)
assert run2.contains('verdict: READY')

for (gate in ['audit', 'sbom']) {
    assert run2 =~ /(?m)^\[INFO\] ${gate}: PASS reused - inputs unchanged since \d{4}-\d\d-\d\dT[\d:]+Z \(.+\)$/
    assert !(run2 =~ /(?m)^\[INFO\] ${gate}: started$/)
    assert run2 =~ /verdict: ${gate}\s+reuse-unchanged-build-reuses-every-reusable-gate\s+(PASS|WARN) \(reused\)/
}
assert run2 =~ /(?m)^\[INFO\] certify: started$/
assert run2.contains('certify: runs every build: it certifies this build\'s own test run')
assert run2 =~ /(?m)^\[INFO\] fixtures: started$/
assert run2 =~ /verdict: fixtures\s+\S+\s+PASS\s/

def first = Evidence.read(new File(basedir, 'run-1-evidence.json'))
def second = Evidence.of(basedir)
assert second.schemaVersion == '1.3'
for (gate in ['audit', 'sbom']) {
    def before = first.results.findAll { it.gate == gate }
    def after = second.results.findAll { it.gate == gate }
    assert after.size() == before.size()
    after.eachWithIndex { result, i ->
        assert result.reusedFrom.buildId == first.build.buildId
        assert result.reusedFrom.startedAt == before[i].startedAt
        assert result.buildId == second.build.buildId
        assert result.status == before[i].status
        assert result.findings == before[i].findings
        assert result.inputs == before[i].inputs
    }
}
for (gate in ['certify', 'fixtures']) {
    assert second.results.find { it.gate == gate }.reusedFrom == null
}
// the reused gates take a fraction of their first run's time
long gateTime(evidence) { evidence.results.findAll { it.gate in ['audit', 'sbom'] }.sum { it.durationMillis } }
assert gateTime(second) * 5 <= gateTime(first)
// the evidence still binds this build's artifacts, the SBOM included
assert second.artifacts*.coordinates.any { it.endsWith(':gatekeeper-sbom:json') }
return true
