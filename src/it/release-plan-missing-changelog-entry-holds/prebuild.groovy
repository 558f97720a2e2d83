import dev.gatekeeper.core.ScratchRepository

// 1.1.0 is released; 1.2.0 is planned on main, but the changelog only has an Unreleased section
def repo = ScratchRepository.forIntegrationTest(basedir)
repo.commitAll('release 1.1.0')
repo.tag('v1.1.0', false)
repo.write('README.md', 'work for 1.2.0\n')
repo.commitAll('1.2.0 work')
repo.close()
return true
