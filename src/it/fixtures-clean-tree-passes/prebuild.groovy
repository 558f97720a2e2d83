import dev.gatekeeper.core.ScratchRepository

// The IT gets its own repository: without it, the gate would judge the enclosing Gatekeeper checkout.
def repo = ScratchRepository.forIntegrationTest(basedir)
repo.commitAll('fixtures as committed')
repo.close()
// no change: the generator reproduces the committed fixture byte for byte
return true
