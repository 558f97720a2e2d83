import java.util.regex.Pattern
import dev.gatekeeper.it.Evidence

// src/sbom/bom.json was generated from this project by the gate, then one character of
// commons-lang3's SHA-256 was changed (…fdb16 → …fdb10); gatekeeper.sbom.file verifies it as is
def log = new File(basedir, 'build.log').text
def expected = '4ee380259c068d1dbe9e84ab52186f2acd65de067ec09beff731fca1697fdb10'
def actual = '4ee380259c068d1dbe9e84ab52186f2acd65de067ec09beff731fca1697fdb16'

assert !log.contains('CycloneDX: Writing') : 'an SBOM given with gatekeeper.sbom.file is verified, not regenerated'
assert !new File(basedir, 'target/gatekeeper/sbom/bom.json').exists()
assert log =~ (/\[WARNING\] sbom: FAIL in \d[\d. a-z]* - / + Pattern.quote("src/sbom/bom.json: component org.apache.commons:commons-lang3:3.11 records SHA-256 ${expected}, but the file Maven resolved (commons-lang3-3.11.jar) has ${actual}"))
assert log =~ /verdict: sbom\s+sbom-tampered-hash-fails\s+FAIL\s.*commons-lang3:3\.11 records SHA-256/
assert log =~ /verdict: HOLD/
assert log.contains('BUILD FAILURE')

def evidence = Evidence.of(basedir)
assert evidence.outcome == 'HOLD'
def sbom = evidence.results.find { it.gate == 'sbom' }
assert sbom.module == 'dev.gatekeeper.it:sbom-tampered-hash-fails'
assert sbom.status == 'FAIL'
def mismatches = sbom.findings.findAll { it.code == 'SBOM_HASH_MISMATCH' }
assert mismatches.size() == 1 : 'only the edited hash differs; every other hash of both components matches'
def mismatch = mismatches[0]
assert mismatch.severity == 'FAIL'
assert mismatch.file == 'src/sbom/bom.json'
assert mismatch.attributes.component == 'org.apache.commons:commons-lang3:3.11'
assert mismatch.attributes.algorithm == 'SHA-256'
assert mismatch.attributes.expected == expected
assert mismatch.attributes.actual == actual
assert mismatch.attributes.artifactFile.endsWith('commons-lang3-3.11.jar')
assert mismatch.fix
// nothing else is wrong with the SBOM: it is complete and otherwise untouched
assert sbom.findings.every { it.code in ['SBOM_HASH_MISMATCH', 'SBOM_PROJECT_HASH_MISSING'] } : sbom.findings*.code
assert sbom.inputs.sbom ==~ /[0-9a-f]{64}/
return true
