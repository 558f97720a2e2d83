import dev.gatekeeper.it.Evidence

def log = new File(basedir, 'build.log').text

// the generator ran first, then its rewrite was judged as drift
assert log =~ /fixtures: regenerating with generate: \S+\/bin\/java -cp \S+\/target\/classes com\.example\.fixtures\.Generator src\/test\/resources\/expected-greeting\.txt/
assert log.contains('fixtures: generate ran in ')
assert log.contains('fixtures: Fixture src/test/resources/expected-greeting.txt was modified and the change is not committed:')
assert log.contains('fixtures:     -Hello, version 1')
assert log.contains('fixtures:     +Hello, version 2')
assert log =~ /verdict: fixtures\s+fixtures-regenerated-fixture-is-drift\s+HOLD/
assert log.contains('BUILD FAILURE')

def fixtures = Evidence.of(basedir).results.find { it.gate == 'fixtures' }
assert fixtures.status == 'HOLD'
assert fixtures.findings.find { it.code == 'FIXTURES_REGENERATED' }.severity == 'PASS'
def modified = fixtures.findings.find { it.code == 'FIXTURES_MODIFIED' }
assert modified.severity == 'HOLD'
assert modified.file == 'src/test/resources/expected-greeting.txt'
assert new File(basedir, 'target/gatekeeper/fixtures/generate.log').text.contains('regenerated src/test/resources/expected-greeting.txt')
return true
