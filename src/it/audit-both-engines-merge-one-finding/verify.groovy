import dev.gatekeeper.it.Evidence

def log = new File(basedir, 'build.log').text
def evidenceDir = new File(basedir, 'target/gatekeeper')

// both builds (the second with Maven offline) ran both engines and failed on the one merged finding
assert (log =~ /audit: scanning the reactor's dependencies with OWASP Dependency-Check/).count == 2
assert (log =~ /audit: matching 2 dependencies against the OSV database osv-db/).count == 2
assert (log =~ /audit: engines: 1 vulnerability reported by both, 0 by dependency-check only, 0 by osv only/).count == 2
assert (log =~ /verdict: audit\s+audit-both-engines-merge-one-finding\s+FAIL\s.*org\.apache\.commons:commons-text:1\.9 has CVE-2022-42889 \(CVSS 9\.8/).count == 2
assert log.contains('Upgrade org.apache.commons:commons-text to 1.10.0')
assert (log =~ /BUILD FAILURE/).count == 2

def audit = Evidence.of(basedir).results.find { it.gate == 'audit' }
assert audit.status == 'FAIL'
def vulnerabilities = audit.findings.findAll { it.code == 'AUDIT_VULNERABILITY' }
assert vulnerabilities.size() == 1 : 'Dependency-Check\'s CVE and OSV\'s GHSA advisory of it are one finding'
def finding = vulnerabilities[0]
// the scores tie (9.8), so Dependency-Check's report is kept: its CVE id, the GHSA id as an alias
assert finding.ruleId == 'CVE-2022-42889'
assert finding.attributes.aliases == 'GHSA-599f-7c49-w659'
assert finding.attributes.engines == 'dependency-check,osv'
assert !finding.attributes.containsKey('unconfirmedBy')
assert finding.attributes.dependency == 'org.apache.commons:commons-text:1.9'
assert finding.attributes.cpe == 'cpe:2.3:a:apache:commons_text:1.9:*:*:*:*:*:*:*'
// the fixed version comes from the OSV advisory: Dependency-Check's report gives none
assert finding.fix.startsWith('Upgrade org.apache.commons:commons-text to 1.10.0')
assert !finding.detail.startsWith('Only ')
assert audit.inputs['engines-both'] == '1'
assert audit.inputs['engines-dependency-check-only'] == '0'
assert audit.inputs['engines-osv-only'] == '0'
assert audit.inputs['vulnerability-data']
assert audit.inputs['osv-advisories-read'] == '1'

def sarif = Evidence.read(new File(evidenceDir, 'gatekeeper.sarif'))
def results = sarif.runs[0].results
assert results.size() == 1
assert results[0].ruleId == 'CVE-2022-42889'
assert results[0].level == 'error'
return true
