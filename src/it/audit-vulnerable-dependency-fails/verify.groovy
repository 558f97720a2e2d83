import dev.gatekeeper.it.Evidence

def log = new File(basedir, 'build.log').text
def evidenceDir = new File(basedir, 'target/gatekeeper')

assert log.contains('audit: scanning the reactor\'s dependencies with OWASP Dependency-Check')
// the CVE, the dependency and the score in the verdict table
assert log =~ /verdict: audit\s+audit-vulnerable-dependency-fails\s+FAIL\s.*org\.apache\.commons:commons-text:1\.9 has CVE-2022-42889 \(CVSS 9\.8/
assert log.contains("Run 'mvn dependency:tree -Dincludes=org.apache.commons:commons-text'")
assert log.contains('BUILD FAILURE')

def audit = Evidence.of(basedir).results.find { it.gate == 'audit' }
def finding = audit.findings.find { it.code == 'AUDIT_VULNERABILITY' }
assert finding.ruleId == 'CVE-2022-42889'
assert finding.attributes.cvssScore == '9.8'
assert finding.attributes.dependency == 'org.apache.commons:commons-text:1.9'
assert finding.attributes.file == 'commons-text-1.9.jar'
assert audit.inputs['vulnerability-data'] : 'the data version is recorded'

// SARIF 2.1.0: one result per vulnerable dependency, the rule id being the vulnerability id
def sarif = Evidence.read(new File(evidenceDir, 'gatekeeper.sarif'))
assert sarif.version == '2.1.0'
def results = sarif.runs[0].results
assert results.size() == 1
assert results[0].ruleId == 'CVE-2022-42889'
assert results[0].level == 'error'
assert results[0].properties.dependency == 'org.apache.commons:commons-text:1.9'
assert sarif.runs[0].tool.driver.rules.find { it.id == 'CVE-2022-42889' }.properties.'security-severity' == '9.8'

// nothing of Dependency-Check's lands in the user's ~/.m2
assert !new File(localRepositoryPath, 'org/owasp/dependency-check-data').exists()
assert new File(basedir, 'target/dependency-check-data/odc.mv.db').isFile()
return true
