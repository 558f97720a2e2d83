import dev.gatekeeper.it.Evidence

def log = new File(basedir, 'build.log').text

assert log.contains('Tests are skipped.') : 'surefire honoured -DskipTests'
assert log =~ /verdict: certify\s+certify-skiptests-is-held\s+HOLD/
assert log.contains('CERTIFY_TESTS_SKIPPED_BY_FLAG')
assert log.contains("without -DskipTests") : 'the fix hint says how to run it properly'
assert log.contains('BUILD FAILURE')

def evidence = Evidence.of(basedir)
assert evidence.outcome == 'HOLD'
def certify = evidence.results.find { it.gate == 'certify' }
assert certify.status == 'HOLD'
assert certify.findings*.code.contains('CERTIFY_TESTS_SKIPPED_BY_FLAG')
return true
