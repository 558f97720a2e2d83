import dev.gatekeeper.it.Evidence

// After run 1: every gate ran and passed; the reusable ones kept a reuse record.
def log = new File(basedir, 'build.log').text
assert log.contains('verdict: READY')
for (gate in ['certify', 'audit', 'sbom', 'fixtures']) {
    assert log =~ /(?m)^\[INFO\] ${gate}: started$/
}
assert !log.contains(' reused - ')
for (gate in ['audit', 'sbom']) {
    assert new File(basedir, "target/gatekeeper/reuse/${gate}.json").isFile()
}
for (gate in ['certify', 'fixtures']) {
    assert !new File(basedir, "target/gatekeeper/reuse/${gate}.json").exists()
}
def evidence = Evidence.of(basedir)
assert evidence.results.every { it.reusedFrom == null }
new File(basedir, 'run-1-evidence.json').text = new File(basedir, 'target/gatekeeper/evidence.json').text
return true
