import dev.gatekeeper.it.Evidence
import java.security.MessageDigest

def log = new File(basedir, 'build.log').text

// two builds (the second with -o), each with one sbom row for the root project
assert (log =~ /BUILD SUCCESS/).count == 2
assert !log.contains('BUILD FAILURE')
assert (log =~ /verdict: sbom\s/).count == 2
// the only finding a clean reactor gets is the project's own missing hash (CycloneDX never hashes
// metadata.component), reported as information, so the row passes with the verifier's summary
assert (log =~ /verdict: sbom\s+sbom-multi-module-passes\s+PASS\s.*7 components, complete, hashes match/).count == 2
assert !(log =~ /verdict: sbom\s+\S+\s+(HOLD|FAIL|ERROR)\s/)
assert (log =~ /verdict: READY/).count == 2
assert (log =~ /sbom: target\/gatekeeper\/sbom\/bom\.json: CycloneDX 1\.6 JSON, 7 components, 5 files hashed/).count == 2
assert !(log =~ /sbom: (FAIL|HOLD|ERROR) -/)
assert !log.contains('[WARNING] sbom:')

// the second build kept the first build's SBOM before regenerating it: both are byte-identical
def previous = new File(basedir, 'target/previous-bom/bom.json')
def current = new File(basedir, 'target/gatekeeper/sbom/bom.json')
assert previous.isFile() : 'the first build wrote an SBOM that the second kept'
assert current.isFile()
assert previous.bytes == current.bytes : 'two builds of the same sources must write the same SBOM'
assert new File(basedir, 'target/gatekeeper/sbom/bom.xml').isFile()
['core', 'app'].each { assert !new File(basedir, "${it}/target/gatekeeper/sbom").exists() : "no SBOM in module ${it}" }

// the SBOM lists the reactor's runtime graph: both modules' dependencies, transitive ones included
def bom = Evidence.read(current)
assert bom.metadata.component.group == 'dev.gatekeeper.it'
assert bom.metadata.component.name == 'sbom-multi-module-passes'
def purls = bom.components*.purl.collect { it.replaceAll(/\?.*/, '') }
['pkg:maven/org.apache.commons/commons-text@1.9', 'pkg:maven/org.apache.commons/commons-lang3@3.11',
 'pkg:maven/com.fasterxml.jackson.core/jackson-databind@2.21.3'].each { assert purls.contains(it) : "${it} in ${purls}" }

def evidence = Evidence.of(basedir)
assert evidence.outcome == 'READY'
def sboms = evidence.results.findAll { it.gate == 'sbom' }
assert sboms.size() == 1
def sbom = sboms[0]
assert sbom.module == 'dev.gatekeeper.it:sbom-multi-module-passes'
assert sbom.status == 'PASS'
assert sbom.findings.every { it.code == 'SBOM_PROJECT_HASH_MISSING' && it.severity == 'PASS' } : sbom.findings
def digest = MessageDigest.getInstance('SHA-256').digest(current.bytes).encodeHex().toString()
assert sbom.inputs.sbom == digest : 'the evidence names the SBOM it judged'
assert sbom.inputs['runtime-graph'] ==~ /[0-9a-f]{64}/
return true
