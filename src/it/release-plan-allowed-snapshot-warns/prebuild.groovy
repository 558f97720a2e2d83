import dev.gatekeeper.core.ScratchRepository

def repo = ScratchRepository.forIntegrationTest(basedir)
repo.commitAll('1.2.0 work')
repo.close()
return true
