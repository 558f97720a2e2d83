import dev.gatekeeper.it.Evidence

def log = new File(basedir, 'build.log').text
def ours = log.readLines().findAll { it.contains('release-plan') }

assert log.contains('release-plan: planned release 1.2.0 (from the project version 1.2.0-SNAPSHOT)')
assert ours.every { !it.contains('${revision}') && !it.contains('0.0.0-SNAPSHOT') }
assert log =~ /verdict: READY/
assert log.contains('BUILD SUCCESS')

def result = Evidence.result(basedir, 'release-plan')
assert result.status == 'WARN'
// no module version mismatch, no SNAPSHOT of the reactor's own module: only the Gatekeeper plugin under test
assert result.findings*.code.sort() == ['RELEASE_PLAN_SNAPSHOT_GATEKEEPER']
return true
