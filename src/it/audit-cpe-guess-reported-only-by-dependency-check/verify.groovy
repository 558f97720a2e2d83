import dev.gatekeeper.it.Evidence

def log = new File(basedir, 'build.log').text
def lang3Cpe = 'cpe:2.3:a:apache:commons_lang:3.12.0:*:*:*:*:*:*:*'

// both builds (the second with Maven offline) ran both engines; the finding is below 7.0, so they warn and pass
assert (log =~ /audit: scanning the reactor's dependencies with OWASP Dependency-Check/).count == 2
assert (log =~ /audit: matching 1 dependencies against the OSV database osv-db/).count == 2
assert (log =~ /audit: engines: 0 vulnerabilities reported by both, 1 by dependency-check only, 0 by osv only/).count == 2
assert (log =~ /verdict: audit\s+audit-cpe-guess-reported-only-by-dependency-check\s+WARN\s.*org\.apache\.commons:commons-lang3:3\.12\.0 has CVE-2025-99001 \(CVSS 5\.3/).count == 2
assert (log =~ /BUILD SUCCESS/).count == 2

def audit = Evidence.of(basedir).results.find { it.gate == 'audit' }
assert audit.status == 'WARN'
def finding = audit.findings.find { it.code == 'AUDIT_VULNERABILITY' && it.attributes.dependency == 'org.apache.commons:commons-lang3:3.12.0' }
assert finding : 'Dependency-Check flags commons-lang3 3.12.0 by its CPE guess'
assert finding.ruleId == 'CVE-2025-99001'
assert finding.severity == 'WARN'
assert finding.attributes.engines == 'dependency-check'
assert finding.attributes.unconfirmedBy == 'osv'
// what Dependency-Check guessed: commons-lang3 is the product commons_lang
assert finding.attributes.cpe == lang3Cpe
assert finding.detail.startsWith('Only Dependency-Check reports this, from its CPE match ' + lang3Cpe
        + '; the OSV database has no advisory naming org.apache.commons:commons-lang3.')
assert audit.inputs['engines-both'] == '0'
assert audit.inputs['engines-dependency-check-only'] == '1'
assert audit.inputs['engines-osv-only'] == '0'
// the OSV database was read: it has an advisory, for commons-text only
assert audit.inputs['osv-advisories-read'] == '1'
return true
