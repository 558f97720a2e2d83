import dev.gatekeeper.core.ScratchRepository

// A fresh, empty configuration home for the build (see invoker.properties).
def home = new File(basedir.parentFile, basedir.name + '-xdg-config')
home.deleteDir()
home.mkdirs()
// The IT gets its own repository: without it, the gate would judge the enclosing Gatekeeper checkout.
def repo = ScratchRepository.forIntegrationTest(basedir)
repo.commitAll('fixtures as committed')
repo.close()
return true
