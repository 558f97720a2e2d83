import dev.gatekeeper.it.Evidence

def log = new File(basedir, 'build.log').text

assert log =~ /verdict: fixtures\s+fixtures-untracked-fixture-holds\s+HOLD/
assert log.contains('fixtures: Fixture src/test/fixtures/new-case.json is new and untracked (neither committed nor ignored):')
assert log.contains('fixtures:     +{"case": "new"}')
assert log.contains('git add src/test/fixtures/new-case.json && git commit; otherwise delete it or add it to .gitignore')
assert log.contains('BUILD FAILURE')

def fixtures = Evidence.of(basedir).results.find { it.gate == 'fixtures' }
assert fixtures.status == 'HOLD'
// exactly the new fixture: not the ignored scratch file beside it, not README.md outside the fixture paths
assert fixtures.findings.collect { [it.code, it.file] } == [['FIXTURES_UNTRACKED', 'src/test/fixtures/new-case.json']]
assert !log.contains('scratch.tmp')
assert !log.contains('README.md')
assert new File(basedir, 'src/test/fixtures/new-case.json').isFile()
return true
