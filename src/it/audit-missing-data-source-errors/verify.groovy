import dev.gatekeeper.it.Evidence

def log = new File(basedir, 'build.log').text

assert log =~ /verdict: audit\s+audit-missing-data-source-errors\s+ERROR\s.*No vulnerability data/
assert log.contains('Set gatekeeper.audit.nvdDatafeedUrl (<nvdDatafeedUrl>) to a mirror')
assert !log.contains('Analysis Started') : 'the scanner is not even started'
assert log.contains('BUILD FAILURE')

def audit = Evidence.of(basedir).results.find { it.gate == 'audit' }
assert audit.status == 'ERROR'
assert audit.findings*.code == ['AUDIT_NO_DATA_SOURCE']
return true
