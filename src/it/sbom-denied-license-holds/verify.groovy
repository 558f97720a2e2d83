import java.util.regex.Pattern
import dev.gatekeeper.it.Evidence

// commons-text 1.9 and commons-lang3 3.11 both declare Apache-2.0, which this build denies
def log = new File(basedir, 'build.log').text

assert log =~ (/\[WARNING\] sbom: HOLD in \d[\d. a-z]* - / + Pattern.quote('Component org.apache.commons:commons-text:1.9 is licensed under Apache-2.0, which names the denied license Apache-2.0'))
assert log =~ /verdict: sbom\s+sbom-denied-license-holds\s+HOLD\s.*Component org\.apache\.commons:commons-text:1\.9 is licensed under Apache-2\.0/
assert log =~ /verdict: HOLD/
assert log.contains('BUILD FAILURE')

def evidence = Evidence.of(basedir)
assert evidence.outcome == 'HOLD'
def sbom = evidence.results.find { it.gate == 'sbom' }
assert sbom.module == 'dev.gatekeeper.it:sbom-denied-license-holds'
assert sbom.status == 'HOLD'
def denied = sbom.findings.findAll { it.code == 'SBOM_LICENSE_DENIED' }
assert denied*.severity.unique() == ['HOLD']
assert denied*.attributes*.component.sort() == ['org.apache.commons:commons-lang3:3.11', 'org.apache.commons:commons-text:1.9']
assert denied.every { it.attributes.license == 'Apache-2.0' && it.fix }
// the SBOM itself is sound: only the policy holds it
assert sbom.findings.every { it.code in ['SBOM_LICENSE_DENIED', 'SBOM_PROJECT_HASH_MISSING'] } : sbom.findings*.code
assert new File(basedir, 'target/gatekeeper/sbom/bom.json').isFile()
return true
