import dev.gatekeeper.core.ScratchRepository
import dev.gatekeeper.it.NginxDav
import java.security.SecureRandom

// nginx/ (the server's configuration, its files and the settings) and the fresh clone live beside the project,
// outside what git sees
def repo = ScratchRepository.forIntegrationTest(basedir, 'nginx/', 'clone/')
repo.commitAll('greeter')
repo.close()

// never passes without a server: no nginx is a failure that says how to install it
def binary = NginxDav.binary().orElseThrow { new IllegalStateException(NginxDav.MISSING) }
def password = 'it-' + new BigInteger(80, new SecureRandom()).toString(36)
def nginx = NginxDav.start(binary, new File(basedir, 'nginx').toPath(), password)
new File(basedir, 'nginx/password.txt').text = password
new File(basedir, 'nginx/settings.xml').text = """<settings>
  <servers>
    <server>
      <id>gatekeeper-reuse</id>
      <username>${NginxDav.USER}</username>
      <password>${password}</password>
    </server>
  </servers>
</settings>
"""
// the store's URL reaches both builds as a user property (invoker.userPropertiesFile), as a CI job's -D would
new File(basedir, 'nginx/url.txt').text = nginx.url().toString()
def properties = new Properties()
properties.setProperty('gatekeeper.reuse.store', nginx.url().toString())
new File(basedir, 'nginx/store.properties').withWriter('UTF-8') { properties.store(it, null) }
return true
