import dev.gatekeeper.core.ScratchRepository

// A library that keeps its changelog as the maven-changes-plugin's src/changes/changes.xml; 3.20.0 is released, 3.21.0 planned
def repo = ScratchRepository.forIntegrationTest(basedir)
repo.commitAll('release 3.20.0')
repo.tag('v3.20.0', true)
repo.write('README.md', 'work for 3.21.0\n')
repo.commitAll('3.21.0 work')
repo.close()
return true
