def log = new File(basedir, 'build.log').text
assert log.contains('guard: GUARD_NO_EVIDENCE: no verdict covers these artifacts: there is no ')
assert log.contains("fix: Run 'mvn verify -Pmerge-ready' on this commit, then deploy in the same build: 'mvn deploy -Pmerge-ready'")
assert !log.contains('guard: PASS')
assert log.contains('BUILD FAILURE')
assert !new File(basedir, 'target/gatekeeper/evidence.json').exists()
// nothing was deployed
def repo = new File(basedir, 'target/deploy-repo')
assert !repo.exists() || repo.listFiles().length == 0
return true
