def log = new File(basedir, 'build.log').text

assert log =~ /Failed to execute goal dev\.gatekeeper:gatekeeper-maven-plugin:[^:]+:certify/ : 'the build stops in the gate itself'
assert log.contains('gatekeeper.failFast=true')
// the failure names the blocking finding with its code and the fix, as the verdict would
assert log =~ /\[certify\] [^\n]*\(CERTIFY_TEST_FAILED\)/ : 'the fail-fast failure names the blocking finding and its code'
assert log =~ /fix: [^\n]*-Dtest=[\w.]*GreeterTest#greetsInFrench/ : 'the fail-fast failure carries the fix'
assert !(log =~ /--- gatekeeper:[^ ]+:verdict/) : 'the verdict never ran'
// the gate still left its result behind for whoever looks
assert new File(basedir, 'target/gatekeeper/results/certify.json').text.contains('CERTIFY_TEST_FAILED')
return true
