import dev.gatekeeper.it.Evidence

// After run 2: the edited part is refused (its digest no longer matches) and the link is not followed;
// the merge holds and the verdict still writes its evidence.
def log = new File(basedir, 'build.log').text
def run2 = log.substring(log.indexOf('BUILD FAILURE') + 'BUILD FAILURE'.length())
def tampered = 'parts/run-1/evidence.json does not match its evidence.json.sha256: it was changed after its verdict wrote it; its results are not counted'
def outside = 'parts/run-2/evidence.json is a symbolic link that leads outside parts; it is not followed'
assert run2 =~ /verdict: verdict:import\s+split-ci-forged-part-is-refused\s+ERROR\s.*0 parts imported from parts, 2 refused/
assert !(run2 =~ /verdict: certify\s/)
assert run2.contains('VERDICT_IMPORT_TAMPERED')
assert run2.contains(tampered)
assert run2.contains(outside)
assert run2.contains('verdict: HOLD')
assert run2.contains('verdict: evidence is unsigned (GATEKEEPER_EVIDENCE_KEY is not set)')
assert run2.contains('BUILD FAILURE')
assert !run2.contains('TOPSECRET')
assert !run2.contains('\tat ') : 'no stack trace'

def evidence = Evidence.of(basedir)
assert evidence.outcome == 'HOLD'
assert evidence.results*.gate == ['verdict']
def findings = evidence.results[0].findings
assert findings.find { it.code == 'VERDICT_IMPORT_TAMPERED' }.with { it.file == 'parts/run-1/evidence.json' && it.message == tampered && it.severity == 'ERROR' }
assert findings.find { it.code == 'VERDICT_IMPORT_OUTSIDE' }.with { it.file == 'parts/run-2/evidence.json' && it.message == outside }
assert !new File(basedir, 'target/gatekeeper/evidence.json').text.contains('TOPSECRET')
assert !new File(basedir, 'target/gatekeeper/report.html').text.contains('TOPSECRET')
return true
