import dev.gatekeeper.it.Evidence
import java.util.zip.ZipFile

// After run 2: the jar was written again and differs byte for byte, but not in content ...
def runs = new File(basedir, 'build.log').text.split('BUILD SUCCESS')
assert runs.length == 3
def run2 = runs[1]
def jar = new File(basedir, 'target/reuse-rebuilt-jar-without-output-timestamp-reuses-1.0.0.jar')
def before = new File(basedir, 'run-1.jar')
assert jar.bytes != before.bytes : 'run 2 rewrote the jar'
def entries = { File file -> new ZipFile(file).withCloseable { zip -> zip.entries().toList().collectEntries { [it.name, zip.getInputStream(it).bytes.encodeHex().toString()] } } }
assert entries(jar) == entries(before) : 'the rewritten jar holds the same entries with the same content'
def times = { File file -> new ZipFile(file).withCloseable { zip -> zip.entries().toList().collect { it.time } } }
assert times(jar) != times(before) : 'the entries carry new timestamps'

// ... so smoke and sbom give run 1's results again instead of running.
assert !run2.contains('inputs changed')
assert run2 =~ /(?m)^\[INFO\] smoke: publish: PASS reused - inputs unchanged since \d{4}-\d\d-\d\dT[\d:]+Z \(.+\)$/
assert run2 =~ /(?m)^\[INFO\] sbom: PASS reused - inputs unchanged since \d{4}-\d\d-\d\dT[\d:]+Z \(.+\)$/
assert !(run2 =~ /(?m)^\[INFO\] smoke: publish: started$/)
assert !(run2 =~ /(?m)^\[INFO\] sbom: started$/)
assert run2 =~ /verdict: smoke:publish\s+\S+\s+PASS \(reused\)/
assert run2 =~ /verdict: sbom\s+\S+\s+PASS \(reused\)/
assert run2.contains('verdict: READY')

def evidence = Evidence.of(basedir)
def reused = evidence.results.findAll { it.gate in ['smoke', 'sbom'] }
assert reused.size() >= 2
assert reused.every { it.reusedFrom != null && it.reusedFrom.buildId != evidence.build.buildId }
// the evidence binds this build's jar, by its bytes
def bound = evidence.artifacts.find { it.file.endsWith('-1.0.0.jar') }
assert bound.sha256 == jar.bytes.digest('SHA-256')

// A real change for run 3: the usage text.
def source = new File(basedir, 'src/main/java/com/example/tool/Main.java')
source.text = source.text.replace('Usage: ${name} [--help] <text>', 'Usage: ${name} [--help] <words>')
Thread.sleep(2100)
return true
