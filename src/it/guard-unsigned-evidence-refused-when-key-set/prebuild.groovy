import dev.gatekeeper.core.ScratchRepository

// The IT gets its own repository so the evidence and the guard know the commit
def repo = ScratchRepository.forIntegrationTest(basedir)
repo.commitAll('the app')
repo.close()
return true
