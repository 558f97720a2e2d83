import dev.gatekeeper.it.FixtureArtifacts

// lib-a 1.0 asks for lib-b 1.0; the parent pins lib-b 2.0 and the module declares lib-b (version from the parent)
def group = 'dev.gatekeeper.it.cgsame'
FixtureArtifacts.install(localRepositoryPath, group, 'lib-b', '1.0', [])
FixtureArtifacts.install(localRepositoryPath, group, 'lib-b', '2.0', [])
FixtureArtifacts.install(localRepositoryPath, group, 'lib-a', '1.0', ["${group}:lib-b:1.0".toString()])
return true
