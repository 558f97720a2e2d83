import dev.gatekeeper.core.ScratchRepository

// On a feature branch (release-check checks on any branch): 1.3.0 is already released, there is
// no changelog, a module is at another version, a SNAPSHOT dependency remains, a file is uncommitted.
def repo = ScratchRepository.forIntegrationTest(basedir)
repo.commitAll('release 1.3.0')
repo.tag('v1.3.0', false)
repo.checkoutNewBranch('feature/cut-a-release')
repo.close()
new File(basedir, 'notes.txt').text = 'not committed\n'
return true
