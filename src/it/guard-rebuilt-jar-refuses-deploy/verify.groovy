import dev.gatekeeper.it.Evidence

def log = new File(basedir, 'build.log').text
def evidence = Evidence.of(basedir)
assert evidence.outcome == 'READY'
def jar = evidence.artifacts.find { it.coordinates == 'dev.gatekeeper.it:guard-app:1.0.0:jar' }
assert jar != null
assert log =~ /guard: GUARD_ARTIFACT_CHANGED: target\/guard-app-1\.0\.0\.jar differs from the verified dev\.gatekeeper\.it:guard-app:1\.0\.0:jar \(sha256 [0-9a-f]{12} now, ${jar.sha256.substring(0, 12)} in evidence\.json\): rebuilt or tampered with/
assert log.contains("fix: Deploy from the build that verified the artifacts: 'mvn deploy -Pmerge-ready'")
// the POM was not rebuilt: only the jar is refused
assert !log.contains('guard-app:1.0.0:pom (')
assert !log.contains('GUARD_EVIDENCE_TAMPERED')
assert !log.contains('GUARD_OTHER_COMMIT')
assert log.contains('BUILD FAILURE')
def repo = new File(basedir, 'target/deploy-repo')
assert !repo.exists() || repo.listFiles().length == 0
return true
