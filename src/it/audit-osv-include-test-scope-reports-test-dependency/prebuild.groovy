import dev.gatekeeper.it.FixtureArtifacts

// The real case was com.h2database:h2 1.4.200 in test scope; a tiny stand-in keeps the IT offline.
FixtureArtifacts.install(localRepositoryPath, 'dev.gatekeeper.it.osvloc', 'test-db', '1.4.200', [])
return true
