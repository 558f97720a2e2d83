import dev.gatekeeper.it.Evidence

// After run 3: a class in the jar changed, so both gates run again and say why.
def runs = new File(basedir, 'build.log').text.split('BUILD SUCCESS')
assert runs.length == 4
def run3 = runs[2]
assert run3 =~ /(?m)^\[INFO\] smoke: inputs changed: [a-z, -]*artifacts[a-z, -]* - running$/
assert run3 =~ /(?m)^\[INFO\] sbom: inputs changed: [a-z, -]*artifacts[a-z, -]* - running$/
assert run3 =~ /(?m)^\[INFO\] smoke: publish: started$/
assert run3 =~ /(?m)^\[INFO\] sbom: started$/
assert !run3.contains(' reused - ')
assert run3.contains('verdict: READY')

def evidence = Evidence.of(basedir)
assert evidence.results.findAll { it.gate in ['smoke', 'sbom'] }.every { it.reusedFrom == null }
return true
