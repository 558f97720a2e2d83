import dev.gatekeeper.it.Evidence

def run2 = new File(basedir, 'build.log').text.split('BUILD SUCCESS')[1]
for (gate in ['audit', 'sbom']) {
    assert run2 =~ /(?m)^\[INFO\] ${gate}: gatekeeper.reuse=false - running$/
}
for (gate in ['certify', 'audit', 'sbom', 'fixtures']) {
    assert run2 =~ /(?m)^\[INFO\] ${gate}: started$/
}
assert !run2.contains(' reused - ')
assert !run2.contains('(reused)')
def evidence = Evidence.of(basedir)
assert evidence.results.every { it.reusedFrom == null }
new File(basedir, 'run-2-build-id.txt').text = evidence.build.buildId
return true
