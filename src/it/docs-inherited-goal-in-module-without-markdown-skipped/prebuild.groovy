import dev.gatekeeper.core.ScratchRepository

// The docs gate finds the repository from the module's directory; without its own repository this
// project would be checked as a part of the enclosing Gatekeeper checkout.
def repo = ScratchRepository.forIntegrationTest(basedir)
repo.commitAll('a parent with docs, a module without Markdown')
repo.close()
return true
