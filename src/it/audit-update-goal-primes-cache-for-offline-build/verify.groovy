import dev.gatekeeper.it.Evidence
import dev.gatekeeper.it.OsvMirror

def requests = OsvMirror.stop(basedir)
def log = new File(basedir, 'build.log').text
def port = new File(basedir, 'osv-mirror.port').text.trim()
def url = "http://127.0.0.1:${port}/Maven/all.zip"

// only audit-update reached the mirror: the offline builds sent no request
assert requests == ['GET 200']

// 2: offline, no copy: the ERROR names the directory and says how to prime the cache
assert log =~ /verdict: audit\s+audit-update-goal-primes-cache-for-offline-build\s+ERROR\s.*No OSV database: offline/
assert log.contains("Run 'mvn dev.gatekeeper:gatekeeper-maven-plugin:audit-update' once with network access")

// 3: the goal says where the copy is, its date and how the refresh went
def today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString()
assert log =~ /audit-update: OSV database ${java.util.regex.Pattern.quote(url)}, fetched \S+Z \(downloaded now\), newest advisory ${today}/
assert log =~ /audit-update: \S+osv-cache.database.all\.zip \(\d+ bytes, 1 advisories, index built in \S+osv-cache\)/

// 4: offline again, the primed copy is scanned (its index from the cache audit-update filled)
assert log =~ /audit: OSV database ${java.util.regex.Pattern.quote(url)}, fetched \S+Z \(offline, not checked\), newest advisory ${today}/
assert log.contains('(1 advisories, index from the cache)')
assert log =~ /verdict: audit\s+audit-update-goal-primes-cache-for-offline-build\s+FAIL\s.*commons-text:1\.9 has GHSA-599f-7c49-w659/

def audit = Evidence.of(basedir).results.find { it.gate == 'audit' }
assert audit.status == 'FAIL'
assert audit.inputs['osv-database-outcome'] == 'offline'
return true
