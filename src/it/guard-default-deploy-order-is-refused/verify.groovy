def log = new File(basedir, 'build.log').text
assert log =~ /verdict: READY/
// Maven ran default-deploy first: the guard cannot undo that, so it refuses loudly instead of passing
assert log.indexOf('maven-deploy-plugin:3.1.4:deploy (default-deploy)') < log.indexOf('guard: GUARD_DEPLOY_ORDER')
assert log.contains("guard: GUARD_DEPLOY_ORDER: maven-deploy-plugin's execution 'default-deploy' is bound to the deploy phase, and Maven runs it before any execution declared in the POM, so this check cannot stop it")
assert log.contains("fix: Move maven-deploy-plugin's default-deploy to phase 'none'")
assert !log.contains('guard: PASS')
assert log.contains('BUILD FAILURE')
// which is why this configuration is refused: the jar already left
assert new File(basedir, 'target/deploy-repo/dev/gatekeeper/it/guard-app/1.0.0/guard-app-1.0.0.jar').isFile()
return true
