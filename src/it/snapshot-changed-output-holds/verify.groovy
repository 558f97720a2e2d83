import dev.gatekeeper.it.Evidence

def log = new File(basedir, 'build.log').text

assert log =~ /verdict: snapshot:scan\s+snapshot-changed-output-holds\s+HOLD/
// the diff is in the log, as a unified diff
assert log.contains('snapshot: scan: the output differs from src/test/snapshots/scan/profile-a.json:')
assert log.contains('snapshot: scan: --- src/test/snapshots/scan/profile-a.json')
assert log.contains('snapshot: scan: +++ actual')
assert log =~ /snapshot: scan: -\s+"lines": 7/
assert log =~ /snapshot: scan: \+\s+"lines": 2/
// the fix names the update command
assert log.contains("mvn verify -Pmerge-ready -Dgatekeeper.snapshot.update")
assert log.contains('BUILD FAILURE')

def scan = Evidence.of(basedir).results.find { it.subject == 'scan' }
def mismatch = scan.findings.find { it.code == 'SNAPSHOT_MISMATCH' }
assert mismatch.severity == 'HOLD'
assert mismatch.file == 'src/test/snapshots/scan/profile-a.json'
assert mismatch.detail.contains('+++ actual')
assert new File(basedir, 'target/gatekeeper/snapshot/scan/snapshot.diff').text.contains('"lines": 2')
// the committed snapshot is untouched without the update flag
assert new File(basedir, 'src/test/snapshots/scan/profile-a.json').text.contains('"lines": 7')
return true
