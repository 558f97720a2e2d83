import dev.gatekeeper.it.Evidence

def log = new File(basedir, 'build.log').text

// build 1, fixture: a missing committed snapshot is a hold that says how to create one
assert log.contains('SNAPSHOT_MISSING')
assert log =~ /verdict: snapshot:scan\s+snapshot-live-profile-is-not-compared\s+HOLD/
assert log.contains("Run 'mvn verify -Pmerge-ready -Dgatekeeper.snapshot.update' to create it")
// build 2, live: health, validity and determinism only
assert log.contains('snapshot: scan: live profile, not compared with a committed snapshot')
assert log =~ /verdict: snapshot:scan\s+snapshot-live-profile-is-not-compared\s+PASS\s.*live profile: 2 runs healthy, valid and identical/
assert log.contains('BUILD SUCCESS')
assert !new File(basedir, 'src/test/snapshots').exists() : 'a live run writes no snapshot'
def scan = Evidence.of(basedir).results.find { it.subject == 'scan' }
assert scan.status == 'PASS'
assert !scan.inputs.containsKey('profile') : 'live data is not fingerprinted'
return true
