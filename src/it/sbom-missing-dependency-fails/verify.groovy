import java.util.regex.Pattern
import dev.gatekeeper.it.Evidence

// src/sbom/bom.json was generated from this project by the gate, then commons-lang3 (which
// commons-text 1.9 brings in) was removed from its components and from every dependsOn
def log = new File(basedir, 'build.log').text

assert !log.contains('CycloneDX: Writing') : 'an SBOM given with gatekeeper.sbom.file is verified, not regenerated'
assert log =~ (/\[WARNING\] sbom: FAIL in \d[\d. a-z]* - / + Pattern.quote('src/sbom/bom.json does not list org.apache.commons:commons-lang3:3.11, which Maven resolves at runtime'))
assert log =~ /verdict: sbom\s+sbom-missing-dependency-fails\s+FAIL\s.*does not list org\.apache\.commons:commons-lang3:3\.11/
assert log =~ /verdict: HOLD/
assert log.contains('BUILD FAILURE')

def evidence = Evidence.of(basedir)
assert evidence.outcome == 'HOLD'
def sbom = evidence.results.find { it.gate == 'sbom' }
assert sbom.module == 'dev.gatekeeper.it:sbom-missing-dependency-fails'
assert sbom.status == 'FAIL'
def missing = sbom.findings.findAll { it.code == 'SBOM_COMPONENT_MISSING' }
assert missing.size() == 1
assert missing[0].severity == 'FAIL'
assert missing[0].file == 'src/sbom/bom.json'
assert missing[0].attributes.dependency == 'org.apache.commons:commons-lang3:3.11'
assert missing[0].attributes.purl == 'pkg:maven/org.apache.commons/commons-lang3@3.11'
// its references went with it, and commons-text's hashes still match
assert sbom.findings.every { it.code in ['SBOM_COMPONENT_MISSING', 'SBOM_PROJECT_HASH_MISSING'] } : sbom.findings*.code
return true
