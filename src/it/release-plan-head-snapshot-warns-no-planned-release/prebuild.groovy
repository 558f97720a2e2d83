import dev.gatekeeper.core.ScratchRepository

// A command-line tool whose main branch is always HEAD-SNAPSHOT and has no changelog: it plans no release here
def repo = ScratchRepository.forIntegrationTest(basedir)
repo.commitAll('the tool')
repo.close()
return true
