import dev.gatekeeper.it.Evidence

// After run 3: both signed parts merge into one READY verdict, itself signed.
def log = new File(basedir, 'build.log').text
def run3 = log.substring(log.lastIndexOf('BUILD SUCCESS', log.lastIndexOf('BUILD SUCCESS') - 1))
assert run3 =~ /verdict: verdict:import\s+split-ci-signed-parts-merge-with-key\s+PASS\s.*2 parts imported from parts/
assert run3.contains('verdict: READY: 3 passed')
assert log.count('verdict: evidence signed with the key in GATEKEEPER_EVIDENCE_KEY') == 3
def evidence = Evidence.of(basedir)
assert evidence.outcome == 'READY'
assert evidence.imported*.file == ['parts/run-1/evidence.json', 'parts/run-2/evidence.json']
assert new File(basedir, 'target/gatekeeper/evidence.json.sig').exists()
assert !log.contains('it-key-0123456789') : 'the key is never logged'
return true
