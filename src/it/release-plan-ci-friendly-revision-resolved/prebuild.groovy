import dev.gatekeeper.core.ScratchRepository

// version ${revision}, set to 1.2.0-SNAPSHOT in .mvn/maven.config (the POM's own property says 0.0.0-SNAPSHOT)
def repo = ScratchRepository.forIntegrationTest(basedir)
repo.commitAll('release 1.1.0')
repo.tag('v1.1.0', true)
repo.write('README.md', '1.2.0 work\n')
repo.commitAll('1.2.0 work')
repo.close()
return true
