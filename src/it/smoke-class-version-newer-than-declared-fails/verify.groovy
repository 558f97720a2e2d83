import dev.gatekeeper.it.Evidence

def log = new File(basedir, 'build.log').text
def evidenceDir = new File(basedir, 'target/gatekeeper')
def message = 'targets Java 17 (class file 61) but the project declares release 11'

assert log =~ /com\/example\/tool\/Main[$\w]*\.class targets Java 17 \(class file 61\) but the project declares release 11/
assert log =~ /verdict: smoke:publish\s+smoke-class-version-newer-than-declared-fails\s+FAIL\s/
assert log =~ /verdict: HOLD/
assert log.contains('BUILD FAILURE')

def evidence = Evidence.of(basedir)
def publish = evidence.results.find { it.gate == 'smoke' && it.subject == 'publish' }
assert publish.status == 'FAIL'
def tooNew = publish.findings.findAll { it.code == 'SMOKE_CLASS_VERSION_TOO_NEW' }
assert tooNew.size() == 1
assert tooNew[0].severity == 'FAIL'
assert tooNew[0].message =~ /^com\/example\/tool\/Main[$\w]*\.class /
assert tooNew[0].message.contains(message)
// Main and its record Main$Usage: both compiled for 17
assert tooNew[0].message.contains('(and 1 more class too new)')
assert tooNew[0].detail.contains('com/example/tool/Main.class: class file 61')
assert tooNew[0].detail.contains('com/example/tool/Main$Usage.class: class file 61')
assert tooNew[0].fix.contains('<maven.compiler.release>11</maven.compiler.release>')
return true
