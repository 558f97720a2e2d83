import dev.gatekeeper.core.ScratchRepository

def repo = ScratchRepository.forIntegrationTest(basedir, 'shared-store/')
repo.commitAll('greeter')
repo.close()
return true
