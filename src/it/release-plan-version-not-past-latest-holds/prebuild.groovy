import dev.gatekeeper.core.ScratchRepository

// 1.3.0 is already released (tagged on an earlier commit); the project still plans 1.2.0
def repo = ScratchRepository.forIntegrationTest(basedir)
repo.commitAll('release 1.3.0')
repo.tag('v1.3.0', false)
repo.tag('v1.1.0', false)
repo.checkoutNewBranch('feature/older-plan')
repo.write('README.md', 'work after 1.3.0\n')
repo.commitAll('after 1.3.0')
repo.close()
return true
