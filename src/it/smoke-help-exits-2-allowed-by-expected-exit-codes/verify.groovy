import dev.gatekeeper.it.Evidence

def log = new File(basedir, 'build.log').text
def runs = log.split(/(?m)^\[INFO\] Scanning for projects/).findAll { it.contains('smoke') }
assert runs.size() == 3 : "three builds in build.log, found ${runs.size()}"
def (first, second, third) = runs

// 1. As a new user runs it: a FAIL that shows the usage lines and suggests expectedExitCodes, not the classpath.
assert first =~ /smoke: jdk-17: FAIL in \d[\d. a-z]* - .*exited with 2 \(expected: 0\); its output looks like usage text: usage: lint \[options\] <file>\.\.\./
assert first.contains('smoke: jdk-17: java com.example.cli.Main --help exited with 2; its first lines:')
assert first.contains('smoke: jdk-17:   usage: lint [options] <file>...')
assert first.contains('smoke: jdk-17:     -q, --quiet      print errors only')
assert first =~ /fix: If printing usage and exiting 2 is on purpose, add <expectedExitCodes><expectedExitCode>2<\/expectedExitCode><\/expectedExitCodes> to the gatekeeper-maven-plugin's <configuration> \(or -Dgatekeeper\.smoke\.expectedExitCodes=2\)/
assert !first.contains('provided') : 'a usage exit does not blame the classpath'
assert first =~ /verdict: HOLD/
assert first.contains('BUILD FAILURE')

// 2. With -Dgatekeeper.smoke.expectedExitCodes=2 it passes.
assert second =~ /verdict: smoke:jdk-17\s+smoke-help-exits-2-allowed-by-expected-exit-codes\s+PASS\s.*java com\.example\.cli\.Main --help exited 2 \(expected: 2\) on JDK 17/
assert second =~ /verdict: READY/
assert second.contains('BUILD SUCCESS')

// 3. -Dgatekeeper.smoke.arguments=--quiet,a.txt: two arguments, which exit 0.
assert third =~ /verdict: smoke:jdk-17\s+smoke-help-exits-2-allowed-by-expected-exit-codes\s+PASS\s.*java com\.example\.cli\.Main --quiet a\.txt exited 0 on JDK 17/
assert third.contains('BUILD SUCCESS')

def evidence = Evidence.of(basedir)
assert evidence.outcome == 'READY'
def lane = evidence.results.find { it.gate == 'smoke' && it.subject == 'jdk-17' }
def passed = lane.findings.find { it.code == 'SMOKE_ENTRY_POINT_PASSED' }
assert passed.attributes.exitCode == '0'
assert passed.detail == 'linted 2 file(s)'
assert passed.attributes.command.endsWith('com.example.cli.Main --quiet a.txt')
return true
