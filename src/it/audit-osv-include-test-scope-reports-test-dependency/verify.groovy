import dev.gatekeeper.it.Evidence

def runs = new File(basedir, 'build.log').text.split(/BUILD SUCCESS/)
assert runs.length == 2 : 'the first run passes, the second fails'
def (first, second) = runs

// without includeTestScope the test-scoped dependency is not in the graph
assert first.contains('audit: matching 0 dependencies against the OSV database osv-db')
assert first =~ /verdict: audit\s+audit-osv-include-test-scope-reports-test-dependency\s+PASS/

// with it, the OSV engine scans and reports it, located at its declaration
assert second.contains('audit: matching 1 dependencies against the OSV database osv-db')
assert !(second =~ /audit: PASS reused/)
def g = 'dev.gatekeeper.it.osvloc'
assert second.contains("${g}:test-db:1.4.200 has GKIT-2026-0003 (CVSS 9.8 v3.1, CRITICAL) in audit-osv-include-test-scope-reports-test-dependency\n")
assert second.contains('BUILD FAILURE')

def audit = Evidence.of(basedir).results.find { it.gate == 'audit' }
assert audit.status == 'FAIL'
assert audit.reusedFrom == null
assert audit.inputs['scopes'] == 'compile,runtime,test'
def finding = audit.findings.find { it.code == 'AUDIT_VULNERABILITY' }
assert finding.ruleId == 'GKIT-2026-0003'
assert finding.attributes.scope == 'test'
assert finding.file == 'pom.xml'
assert finding.line != null
return true
