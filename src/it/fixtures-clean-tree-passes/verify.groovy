import dev.gatekeeper.it.Evidence

def log = new File(basedir, 'build.log').text

assert log.contains('fixtures: generate-write ran in ')
assert log.contains('fixtures: generate-check ran in ')
assert log =~ /fixtures: PASS in \d[\d. a-z]* - no drift in 4 fixture paths and a clean working tree at [0-9a-f]{7}/
assert log =~ /verdict: fixtures\s+fixtures-clean-tree-passes\s+PASS/
assert log =~ /verdict: READY/
assert log.contains('BUILD SUCCESS')

def evidence = Evidence.of(basedir)
assert evidence.outcome == 'READY'
def fixtures = evidence.results.find { it.gate == 'fixtures' }
assert fixtures.status == 'PASS'
assert fixtures.findings.collect { it.code } == ['FIXTURES_REGENERATED', 'FIXTURES_REGENERATED']
assert new File(basedir, 'target/gatekeeper/fixtures/generate-check.log').text.contains('is up to date')
assert new File(basedir, 'target/gatekeeper/fixtures/drift.diff').text.isEmpty()
return true
