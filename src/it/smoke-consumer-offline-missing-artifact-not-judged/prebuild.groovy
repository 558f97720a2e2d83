import dev.gatekeeper.it.FixtureArtifacts

// lib-a 1.0 asks for lib-b 1.0, but the build only ever used the parent's lib-b 2.0: like error_prone_annotations
// under mvn -o in issue 20, lib-b 1.0 was never downloaded into the local repository the consumer resolves from
def group = 'dev.gatekeeper.it.cgoff'
FixtureArtifacts.install(localRepositoryPath, group, 'lib-b', '2.0', [])
FixtureArtifacts.install(localRepositoryPath, group, 'lib-a', '1.0', ["${group}:lib-b:1.0".toString()])
return true
