import dev.gatekeeper.it.Evidence

// The walk over /proc ends in findings naming the paths, not in AccessDeniedException; the evidence is written.
def log = new File(basedir, 'build.log').text
assert log =~ /verdict: verdict:import\s+split-ci-import-of-proc-still-writes-evidence\s+ERROR\s.*0 parts imported from \/proc/
assert log.contains('VERDICT_IMPORT_EMPTY')
assert log.contains('verdict: HOLD')
assert log.contains('verdict: evidence written to target/gatekeeper')
assert !log.contains('AccessDeniedException')
assert !log.contains('\tat ') : 'no stack trace'

def evidence = Evidence.of(basedir)
assert evidence.outcome == 'HOLD'
def findings = evidence.results[0].findings
assert findings*.code.contains('VERDICT_IMPORT_EMPTY')
assert findings.findAll { it.code != 'VERDICT_IMPORT_EMPTY' }.every { it.file.startsWith('/proc') && it.severity == 'ERROR' }
assert findings.size() <= 40 : 'the first paths of each problem are named, the rest counted'
assert new File(basedir, 'target/gatekeeper/evidence.json.sha256').exists()
return true
