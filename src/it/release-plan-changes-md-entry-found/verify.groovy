import dev.gatekeeper.it.Evidence

def log = new File(basedir, 'build.log').text

assert log.contains('release-plan: changelog CHANGES.md (found among the usual names)')
assert log.contains("release-plan: CHANGES.md:3 has the section '1.2.0 (pending)'")
assert log =~ /verdict: READY/
assert log.contains('BUILD SUCCESS')
assert !log.contains('RELEASE_PLAN_NO_CHANGELOG')

def result = Evidence.result(basedir, 'release-plan')
assert result.status == 'WARN'
assert result.findings*.code == ['RELEASE_PLAN_SNAPSHOT_GATEKEEPER']
// the evidence names the file read and its digest
assert result.inputs.changelogFile == 'CHANGES.md'
assert result.inputs.changelog ==~ /[0-9a-f]{64}/
return true
