import dev.gatekeeper.it.Evidence
import dev.gatekeeper.it.OsvMirror

// stopped first, so a failed assertion leaves no server behind
def requests = OsvMirror.stop(basedir)
def log = new File(basedir, 'build.log').text
def port = new File(basedir, 'osv-mirror.port').text.trim()
def url = "http://127.0.0.1:${port}/Maven/all.zip"

// one download, nothing while offline, then one conditional request the mirror answers with 304
assert requests == ['GET 200', 'GET 304']

// without gatekeeper.audit.engines: OSV on the managed database, and the log says why Dependency-Check did not run
assert (log =~ /audit: engines: osv \(managed database\); dependency-check not run: no NVD data configured/).count == 2
assert log.contains('audit: engines: osv (managed database, cached copy); dependency-check not run')
assert !log.contains('dependency-check-maven')

def today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString()
assert log =~ /audit: OSV database ${java.util.regex.Pattern.quote(url)}, fetched \S+Z \(downloaded now\), newest advisory ${today}/
assert log =~ /audit: OSV database ${java.util.regex.Pattern.quote(url)}, fetched \S+Z \(offline, not checked\), newest advisory ${today}/
assert log =~ /audit: OSV database ${java.util.regex.Pattern.quote(url)}, fetched \S+Z \(not modified since\), newest advisory ${today}/

// every build has the audit row with the real finding
assert (log =~ /verdict: audit\s+audit-managed-osv-database-downloaded-with-no-configuration\s+FAIL\s.*org\.apache\.commons:commons-text:1\.9 has GHSA-599f-7c49-w659/).count == 3

// the copy and its index live in the one cache directory under target/
assert new File(basedir, 'target/osv-cache/database/all.zip').isFile()

def audit = Evidence.of(basedir).results.find { it.gate == 'audit' }
assert audit.status == 'FAIL'
assert audit.findings.find { it.code == 'AUDIT_VULNERABILITY' }.ruleId == 'GHSA-599f-7c49-w659'
assert audit.inputs['osv-database-url'] == url
assert audit.inputs['osv-database-outcome'] == 'not-modified'
assert audit.inputs['osv-database-fetched'] ==~ /\d{4}-\d\d-\d\dT.*Z/
assert audit.inputs['osv-advisories-read'] == '1'
return true
