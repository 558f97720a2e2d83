import dev.gatekeeper.it.Evidence

def run3 = new File(basedir, 'build.log').text.split('BUILD SUCCESS')[2]
assert run3 =~ /(?m)^\[INFO\] audit: PASS reused - /
assert run3 =~ /(?m)^\[INFO\] sbom: PASS reused - /
def evidence = Evidence.of(basedir)
def run2 = new File(basedir, 'run-2-build-id.txt').text
assert evidence.results.findAll { it.gate in ['audit', 'sbom'] }.every { it.reusedFrom.buildId == run2 }
return true
