import dev.gatekeeper.it.FixtureArtifacts

// lib-a 1.0 asks for lib-b 1.0; the parent's dependencyManagement pins lib-b 2.0. Both versions are there,
// so the consumer build (offline, from this local repository) resolves what a consumer really gets.
def group = 'dev.gatekeeper.it.cgdown'
FixtureArtifacts.install(localRepositoryPath, group, 'lib-b', '1.0', [])
FixtureArtifacts.install(localRepositoryPath, group, 'lib-b', '2.0', [])
FixtureArtifacts.install(localRepositoryPath, group, 'lib-a', '1.0', ["${group}:lib-b:1.0".toString()])
return true
