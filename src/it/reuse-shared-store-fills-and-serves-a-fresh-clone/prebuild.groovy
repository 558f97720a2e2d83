import dev.gatekeeper.core.ScratchRepository

// the shared store and the fresh clone live beside the project, outside what git sees
def repo = ScratchRepository.forIntegrationTest(basedir, 'shared-store/', 'clone/')
repo.commitAll('greeter')
repo.close()
return true
