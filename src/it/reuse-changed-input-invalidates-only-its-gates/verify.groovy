import dev.gatekeeper.it.Evidence

// run 5: -Dgatekeeper.audit.failOnCvss=5 changes the audit's configuration only
def runs = new File(basedir, 'build.log').text.split('BUILD SUCCESS')
assert runs.length == 6
def run5 = runs[4]
assert run5 =~ /(?m)^\[INFO\] audit: inputs changed: configuration - running$/
assert run5 =~ /(?m)^\[INFO\] audit: started$/
assert run5 =~ /(?m)^\[INFO\] sbom: PASS reused - /
assert run5.contains('verdict: READY')

def evidence = Evidence.of(basedir)
assert evidence.results.find { it.gate == 'audit' }.reusedFrom == null
assert evidence.results.find { it.gate == 'sbom' }.reusedFrom != null
return true
