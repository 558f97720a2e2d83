import dev.gatekeeper.it.FixtureArtifacts

// log-kit 1.2.17 is declared in the parent POM, so every module inherits it; text-kit 1.9 is declared in m3; yaml-parser 1.29 comes with web-starter 2.6.5, which m3 and m4 declare
def group = 'dev.gatekeeper.it.osvloc'
FixtureArtifacts.install(localRepositoryPath, group, 'clean-lib', '1.0', [])
FixtureArtifacts.install(localRepositoryPath, group, 'log-kit', '1.2.17', [])
FixtureArtifacts.install(localRepositoryPath, group, 'text-kit', '1.9', [])
FixtureArtifacts.install(localRepositoryPath, group, 'yaml-parser', '1.29', [])
FixtureArtifacts.install(localRepositoryPath, group, 'web-starter', '2.6.5', ["${group}:yaml-parser:1.29".toString()])
return true
