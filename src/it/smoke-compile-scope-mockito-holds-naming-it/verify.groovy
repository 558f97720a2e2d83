import dev.gatekeeper.it.Evidence

def log = new File(basedir, 'build.log').text
def evidenceDir = new File(basedir, 'target/gatekeeper')
def pomLines = new File(basedir, 'pom.xml').readLines()
// 1-based line of the <dependency> element that declares mockito-core
def declared = (0..<pomLines.findIndexOf { it.contains('<artifactId>mockito-core</artifactId>') }).findAll { pomLines[it].contains('<dependency>') }.max() + 1
assert declared == 37

// the log names the framework, the declaring line and the fix
assert log =~ /Test framework org\.mockito:mockito-core:4\.11\.0 is a compile dependency \(pom\.xml line ${declared}\): every consumer gets org\.mockito:mockito-core:4\.11\.0 on its runtime classpath/
assert log.contains("Add <scope>test</scope> to the org.mockito:mockito-core dependency at pom.xml line ${declared}")
assert log =~ /verdict: smoke:publish\s+smoke-compile-scope-mockito-holds-naming-it\s+HOLD\s/
assert log =~ /verdict: HOLD/
assert log.contains('BUILD FAILURE')

def evidence = Evidence.of(basedir)
def publish = evidence.results.find { it.gate == 'smoke' && it.subject == 'publish' }
assert publish.status == 'HOLD'
def leaks = publish.findings.findAll { it.code == 'SMOKE_TEST_FRAMEWORK_AT_RUNTIME' }
assert leaks.size() == 1 : 'one finding for the one declaring dependency'
def leak = leaks[0]
assert leak.severity == 'HOLD'
assert leak.file == 'pom.xml' && leak.line == declared
assert leak.attributes.dependency == 'org.mockito:mockito-core:4.11.0'
// the evidence lists the framework artifact, its path, and what consumers get along with it
assert leak.detail.contains('org.mockito:mockito-core:4.11.0 (compile): declared directly')
assert leak.detail =~ /and with them: .*net\.bytebuddy:byte-buddy:1\.12\.19.*org\.objenesis:objenesis:3\.3/
// nothing else held: the library is otherwise publishable
assert publish.findings.findAll { it.severity == 'HOLD' }*.code == ['SMOKE_TEST_FRAMEWORK_AT_RUNTIME']
return true
