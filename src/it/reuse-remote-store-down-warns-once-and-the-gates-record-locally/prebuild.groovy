import dev.gatekeeper.it.NginxDav
import dev.gatekeeper.it.SharedSources

// the product under test, com.example.scan.Scanner, is the one every snapshot IT shares: src/it/shared/scanner
SharedSources.copy(sharedSources, 'scanner', new File(basedir, 'module-a'))
SharedSources.copy(sharedSources, 'scanner', new File(basedir, 'module-b'))

// a port nothing listens on (found free, then left closed); the URL carries a password that no line may show
def url = "http://ci:down-Store-pw@127.0.0.1:${NginxDav.freePort()}/reuse/"
new File(basedir, 'nobody').mkdirs()
def properties = new Properties()
properties.setProperty('gatekeeper.reuse.store', url)
new File(basedir, 'nobody/store.properties').withWriter('UTF-8') { properties.store(it, null) }
return true
