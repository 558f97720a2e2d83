import dev.gatekeeper.it.Evidence

def log = new File(basedir, 'build.log').text

assert log.contains('AUDIT_DATABASE_STALE')
assert log =~ /The vulnerability data was last updated 30 days ago .* more than gatekeeper\.audit\.maxDatabaseAgeDays=7/
assert log.contains('BUILD FAILURE')

def audit = Evidence.of(basedir).results.find { it.gate == 'audit' }
assert audit.findings.find { it.code == 'AUDIT_DATABASE_STALE' }.severity == 'HOLD'
return true
