import dev.gatekeeper.it.Evidence

def log = new File(basedir, 'build.log').text

// the second build really was a restore: the extension skipped the compiler and surefire
assert log.contains('Found cached build, restoring')
assert log.contains('Skipping plugin execution (cached): surefire:test')
assert log.contains('Mojo execution is forced by project property: gatekeeper:certify')

assert log =~ /verdict: certify\s+build-cache-extension-restored-module-is-not-certified-as-tested\s+HOLD/
assert log.contains('CERTIFY_RESTORED_FROM_BUILD_CACHE')
assert log.contains('No test ran in this build: the Maven Build Cache Extension restored the module')
assert !log.contains('CERTIFY_NO_TESTS_RAN')
assert log.contains('BUILD FAILURE')

def certify = Evidence.of(basedir).results.find { it.gate == 'certify' }
assert certify.status == 'HOLD'
assert certify.findings*.code.sort() == ['CERTIFY_RESTORED_FROM_BUILD_CACHE', 'CERTIFY_STALE_REPORT_IGNORED']
// the green report restored with the module is there, and named as not from this build
assert new File(basedir, 'target/surefire-reports/TEST-com.example.GreeterTest.xml').isFile()
assert log.contains('(1 older report not counted)')
assert certify.findings.find { it.code == 'CERTIFY_STALE_REPORT_IGNORED' }.detail.contains('TEST-com.example.GreeterTest.xml')
assert !certify.summary.contains('passed') : 'restored tests are not shown as passed in this build'
assert !certify.inputs : 'no report is counted as evidence of this build'

// the cache stayed inside the IT's directory
assert new File(basedir, 'build-cache').isDirectory()
return true
