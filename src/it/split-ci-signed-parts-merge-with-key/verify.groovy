import dev.gatekeeper.it.Evidence

// After run 4: with another key, neither part's signature holds: both refused, HOLD, evidence written.
def log = new File(basedir, 'build.log').text
def run4 = log.substring(log.lastIndexOf('BUILD SUCCESS'))
[1, 2].each {
    assert run4.contains("parts/run-${it}/evidence.json does not match its evidence.json.sig under the key in GATEKEEPER_EVIDENCE_KEY, although a key is configured; its results are not counted")
}
assert run4 =~ /verdict: verdict:import\s+split-ci-signed-parts-merge-with-key\s+ERROR\s.*0 parts imported from parts, 2 refused/
assert run4.contains('VERDICT_IMPORT_TAMPERED')
assert run4.contains('verdict: HOLD')
assert run4.contains('BUILD FAILURE')
assert !run4.contains('\tat ') : 'no stack trace'
assert !log.contains('another-key-abcdefghij') && !log.contains('it-key-0123456789') : 'no key is ever logged'

def dir = new File(basedir, 'target/gatekeeper')
def evidence = Evidence.read(new File(dir, 'evidence.json'))
assert evidence.outcome == 'HOLD'
assert evidence.results[0].findings.findAll { it.code == 'VERDICT_IMPORT_TAMPERED' }*.file == ['parts/run-1/evidence.json', 'parts/run-2/evidence.json']
dir.eachFileRecurse(groovy.io.FileType.FILES) { f -> assert !f.text.contains('another-key-abcdefghij') : "the key is never written: ${f}" }
return true
