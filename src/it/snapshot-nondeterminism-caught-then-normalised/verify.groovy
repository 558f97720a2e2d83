import dev.gatekeeper.it.Evidence

def log = new File(basedir, 'build.log').text

// build 1: the random token differs between the two runs
assert log.contains('SNAPSHOT_NONDETERMINISTIC')
assert log.contains('snapshot: scan: run 1 and run 2 differ:')
assert log =~ /snapshot: scan: -\s+"token": -?\d+/
assert log =~ /verdict: snapshot:scan\s+snapshot-nondeterminism-caught-then-normalised\s+FAIL/
// build 2: with /token ignored, the case passes
assert log =~ /verdict: snapshot:scan\s+snapshot-nondeterminism-caught-then-normalised\s+PASS/
assert log.contains('BUILD SUCCESS')

def scan = Evidence.of(basedir).results.find { it.subject == 'scan' }
assert scan.status == 'PASS'
return true
