import dev.gatekeeper.it.Evidence

def log = new File(basedir, 'build.log').text
def evidenceDir = new File(basedir, 'target/gatekeeper')
def message = 'The published POM keeps ${revision} in <version>'

assert log.contains(message) : 'the log names the unresolved expression and where it sits'
assert log =~ /smoke: publish: FAIL/
assert log =~ /verdict: smoke:publish\s+smoke-unresolved-revision-fails\s+FAIL\s/
assert log =~ /verdict: HOLD/
assert log.contains('BUILD FAILURE')

def evidence = Evidence.of(basedir)
def publish = evidence.results.find { it.gate == 'smoke' && it.subject == 'publish' }
assert publish.status == 'FAIL'
def unresolved = publish.findings.findAll { it.code == 'SMOKE_POM_UNRESOLVED_EXPRESSION' }
assert unresolved.size() == 1
assert unresolved[0].severity == 'FAIL'
assert unresolved[0].message.startsWith(message)
assert unresolved[0].attributes.value == '${revision}'
assert unresolved[0].file == 'pom.xml'
assert unresolved[0].fix.contains('flatten-maven-plugin')
return true
