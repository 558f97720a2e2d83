import dev.gatekeeper.it.Evidence

def log = new File(basedir, 'build.log').text

assert log =~ /verdict: fixtures\s+fixtures-modified-fixture-holds\s+HOLD/
// the diff is in the log, as a unified diff against HEAD
assert log.contains('fixtures: Fixture src/test/resources/greeting.txt was modified and the change is not committed:')
assert log.contains('fixtures:     --- a/src/test/resources/greeting.txt (HEAD)')
assert log.contains('fixtures:     +++ b/src/test/resources/greeting.txt (working tree)')
assert log.contains('fixtures:     -world')
assert log.contains('fixtures:     +there')
// the fix says how to keep it or undo it
assert log.contains('git add src/test/resources/greeting.txt && git commit')
assert log.contains('git restore --staged --worktree src/test/resources/greeting.txt')
assert log.contains('BUILD FAILURE')

def fixtures = Evidence.of(basedir).results.find { it.gate == 'fixtures' }
assert fixtures.status == 'HOLD'
assert fixtures.inputs.head ==~ /[0-9a-f]{40}/
def modified = fixtures.findings.findAll { it.code == 'FIXTURES_MODIFIED' }
assert modified.size() == 1
assert modified[0].severity == 'HOLD'
assert modified[0].file == 'src/test/resources/greeting.txt'
assert modified[0].detail.contains('-world\n+there')
assert new File(basedir, 'target/gatekeeper/fixtures/drift.diff').text.contains('+there')
// the gate judged the fixture and left it as it was
assert new File(basedir, 'src/test/resources/greeting.txt').text == 'hello\nthere\n'
return true
