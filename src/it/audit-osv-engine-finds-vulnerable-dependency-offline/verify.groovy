import dev.gatekeeper.it.Evidence

def log = new File(basedir, 'build.log').text

assert log.contains('audit: matching 2 dependencies against the OSV database osv-db')
// two builds, the second with Maven offline: the first builds the index, the second loads it from the cache
assert (log =~ /verdict: audit\s+audit-osv-engine-finds-vulnerable-dependency-offline\s+FAIL/).count == 2
assert (log =~ /OSV database osv-db \(1 advisories, index built\)/).count == 1
assert (log =~ /OSV database osv-db \(1 advisories, index from the cache\)/).count == 1
assert log =~ /verdict: audit\s+audit-osv-engine-finds-vulnerable-dependency-offline\s+FAIL\s.*org\.apache\.commons:commons-text:1\.9 has GHSA-599f-7c49-w659 \(CVSS 9\.8/
assert log.contains("Upgrade org.apache.commons:commons-text to 1.10.0")
assert log.contains('BUILD FAILURE')

// Dependency-Check did not run: no scan, no data directory, no report
assert !log.contains('Dependency-Check')
assert !log.contains('dependency-check-maven')
assert !new File(basedir, 'target/gatekeeper/audit').exists()
assert !new File(localRepositoryPath, 'org/owasp/dependency-check-data').exists()

def audit = Evidence.of(basedir).results.find { it.gate == 'audit' }
assert audit.status == 'FAIL'
def finding = audit.findings.find { it.code == 'AUDIT_VULNERABILITY' }
assert finding.ruleId == 'GHSA-599f-7c49-w659'
assert finding.severity == 'FAIL'
assert finding.attributes.engines == 'osv'
assert finding.attributes.cvssScore == '9.8'
assert finding.attributes.dependency == 'org.apache.commons:commons-text:1.9'
assert finding.fix.startsWith('Upgrade org.apache.commons:commons-text to 1.10.0')
assert audit.inputs['osv-advisories-read'] == '1'
assert audit.inputs['osv-advisories-skipped'] == '0'

// the index was built once into the cache directory under target
assert new File(basedir, 'target/osv-cache').listFiles().findAll { it.name.endsWith('.idx') }.size() == 1
return true
