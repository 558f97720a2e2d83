import dev.gatekeeper.core.ScratchRepository

def repo = ScratchRepository.forIntegrationTest(basedir)
repo.commitAll('greeter')
repo.close()
return true
