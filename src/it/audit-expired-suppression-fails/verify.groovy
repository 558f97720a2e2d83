import dev.gatekeeper.it.Evidence

def log = new File(basedir, 'build.log').text

assert log =~ /verdict: audit\s+audit-expired-suppression-fails\s+FAIL\s.*CVE-2022-42889/
assert log.contains('AUDIT_SUPPRESSION_EXPIRED')
assert log.contains('expired on 2021-03-31')
assert log.contains('BUILD FAILURE')

def audit = Evidence.of(basedir).results.find { it.gate == 'audit' }
assert audit.findings*.code.containsAll(['AUDIT_VULNERABILITY', 'AUDIT_SUPPRESSION_EXPIRED'])
assert !audit.findings*.code.contains('AUDIT_SUPPRESSED') : 'an expired suppression suppresses nothing'
return true
