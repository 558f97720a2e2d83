import dev.gatekeeper.core.ScratchRepository

// The IT gets its own repository: without it, the gate would judge the enclosing Gatekeeper checkout.
def repo = ScratchRepository.forIntegrationTest(basedir)
repo.commitAll('fixtures as committed')
repo.close()
// the change: a committed fixture edited and not committed
new File(basedir, 'src/test/resources/greeting.txt').text = 'hello\nthere\n'
return true
