import dev.gatekeeper.it.Evidence
import java.security.MessageDigest

def log = new File(basedir, 'build.log').text
assert log =~ /verdict: READY/
assert log.contains('guard: PASS - a READY verdict covers commit ')
// the guard ran before the deploy execution it protects
assert log.indexOf('guard: PASS') < log.indexOf('deploy-after-guard')
assert !log.contains('default-deploy')
assert log.contains('BUILD SUCCESS')

def evidence = Evidence.of(basedir)
assert evidence.build.commit ==~ /[0-9a-f]{40}/
assert evidence.build.treeClean == true
assert evidence.build.configurationDigest ==~ /[0-9a-f]{64}/
def jar = evidence.artifacts.find { it.coordinates == 'dev.gatekeeper.it:guard-app:1.0.0:jar' }
assert jar.file == 'target/guard-app-1.0.0.jar'
assert evidence.artifacts.find { it.coordinates == 'dev.gatekeeper.it:guard-app:1.0.0:pom' }.file == 'pom.xml'

def statement = Evidence.read(new File(basedir, 'target/gatekeeper/gatekeeper.intoto.json'))
assert statement._type == 'https://in-toto.io/Statement/v1'
assert statement.predicateType == 'https://gatekeeper.dev/verdict/v1'
assert statement.subject*.name as Set == evidence.artifacts*.coordinates as Set
assert statement.predicate.resolvedDependencies[0].digest.gitCommit == evidence.build.commit

// the artifacts arrived, byte for byte the ones the verdict covers
def deployed = new File(basedir, 'target/deploy-repo/dev/gatekeeper/it/guard-app/1.0.0/guard-app-1.0.0.jar')
assert deployed.isFile()
def sha = MessageDigest.getInstance('SHA-256').digest(deployed.bytes).encodeHex().toString()
assert sha == jar.sha256
assert new File(basedir, 'target/deploy-repo/dev/gatekeeper/it/guard-app/1.0.0/guard-app-1.0.0.pom').isFile()
return true
