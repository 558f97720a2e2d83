import dev.gatekeeper.it.Evidence

def log = new File(basedir, 'build.log').text

// app: not published (maven.deploy.skip), so neither Central's metadata nor the sources/javadoc jars are asked for;
// what still means something for it is checked: it installs, resolves from a clean repository and its entry point runs
assert log =~ /verdict: smoke:publish\s+app\s+PASS\s.*not published: maven\.deploy\.skip is true/
assert log =~ /verdict: smoke:jdk-17\s+app\s+PASS\s.*java com\.example\.app\.Main --help exited 0/
// lib: in the same reactor, with nothing saying it is not published, still held for both
assert log =~ /verdict: smoke:publish\s+lib\s+HOLD\s/
assert log =~ /verdict: HOLD/
assert log.contains('BUILD FAILURE')

def evidence = Evidence.of(basedir)
def publish = { module -> evidence.results.find { it.gate == 'smoke' && it.subject == 'publish' && it.module.endsWith(':' + module) } }

def app = publish('app')
assert app.status == 'PASS'
def notPublished = app.findings.find { it.code == 'SMOKE_NOT_PUBLISHED' }
assert notPublished : 'the evidence says why the Central checks were not made'
assert notPublished.attributes.reason.startsWith('maven.deploy.skip is true')
assert notPublished.message.startsWith('not published: maven.deploy.skip is true')
assert !app.findings.any { it.code in ['SMOKE_METADATA_MISSING', 'SMOKE_SOURCES_JAR_MISSING', 'SMOKE_JAVADOC_JAR_MISSING'] }
assert app.findings.any { it.code == 'SMOKE_INSTALLED' } : 'the clean-repository resolution still runs for an application'

def lib = publish('lib')
assert lib.status == 'HOLD'
assert lib.findings.findAll { it.code == 'SMOKE_METADATA_MISSING' }.size() == 7
assert lib.findings.any { it.code == 'SMOKE_SOURCES_JAR_MISSING' }
assert lib.findings.any { it.code == 'SMOKE_JAVADOC_JAR_MISSING' }
assert !lib.findings.any { it.code == 'SMOKE_NOT_PUBLISHED' }
return true
