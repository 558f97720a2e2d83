import dev.gatekeeper.it.Evidence

def log = new File(basedir, 'build.log').text

assert log =~ /snapshot: scan: run 1 of 2 on src\/test\/fixtures\/profile-a/
assert log =~ /snapshot: scan-to-file: run 2 of 2 on src\/test\/fixtures\/profile-a/
// each case is its own row
assert log =~ /verdict: snapshot:scan\s+snapshot-matches-committed-snapshot\s+PASS\s+.*matches src\/test\/snapshots\/scan\/profile-a\.json/
assert log =~ /verdict: snapshot:scan-to-file\s+snapshot-matches-committed-snapshot\s+PASS/
assert log =~ /verdict: READY: 2 passed/
assert log.contains('BUILD SUCCESS')

def results = Evidence.of(basedir).results
assert results*.subject.sort() == ['scan', 'scan-to-file']
results.each {
    assert it.gate == 'snapshot' && it.status == 'PASS'
    assert it.inputs.profile ==~ /[0-9a-f]{64}/ : 'the fixture profile is fingerprinted'
    assert it.inputs.snapshot ==~ /[0-9a-f]{64}/
}
// both runs of both cases are kept as evidence
['scan', 'scan-to-file'].each { name ->
    assert new File(basedir, "target/gatekeeper/snapshot/${name}/run-1.out").text.contains('"prefs.js"')
    assert new File(basedir, "target/gatekeeper/snapshot/${name}/run-2.out").isFile()
}
return true
