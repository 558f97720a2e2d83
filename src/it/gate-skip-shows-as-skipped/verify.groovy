import dev.gatekeeper.it.Evidence

def log = new File(basedir, 'build.log').text

assert log.contains('certify: SKIPPED - skipped (gatekeeper.certify.skip=true)')
assert log =~ /verdict: certify\s+gate-skip-shows-as-skipped\s+SKIPPED\s+.*gatekeeper\.certify\.skip=true/ : 'a skipped gate is listed, never silently absent'
assert log =~ /verdict: READY: 1 skipped/
assert log.contains('BUILD SUCCESS')

def evidence = Evidence.of(basedir)
assert evidence.counts.SKIPPED == 1
assert evidence.results.find { it.gate == 'certify' }.status == 'SKIPPED'
return true
