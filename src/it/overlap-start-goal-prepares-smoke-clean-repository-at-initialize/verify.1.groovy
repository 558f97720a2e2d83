import dev.gatekeeper.it.Evidence

def log = new File(basedir, 'build.log').text
def lines = log.readLines()

// start ran at initialize, before anything was compiled, and said what it started
def started = lines.findIndexOf { it ==~ /\[INFO\] smoke: started at initialize: preparing a clean repository with what every consumer build downloads first \(maven-dependency-plugin 3\.8\.1 and its dependencies\) from file:.*, in the background/ }
def compile = lines.findIndexOf { it.contains('compiler:') && it.contains(':compile (default-compile)') }
def startGoal = lines.findIndexOf { it.contains(':start (merge-ready)') }
assert started >= 0 : 'the start goal said what it started'
assert startGoal >= 0 && compile >= 0
assert startGoal < started && started < compile : "start (line ${startGoal}/${started}) runs before compile (line ${compile})"

// the smoke check in verify started from the prepared repository and still resolved the CLI with its dependencies
assert log =~ /\[INFO\] smoke: publish: the clean repository starts from the one prepared at initialize \(maven-dependency-plugin 3\.8\.1 and its dependencies, \d+ files, prepared in \d+\.\d s\)/
assert log =~ /verdict: smoke:publish\s+\S+\s+PASS\s.*resolves from a clean repository with 2 runtime dependencies/
assert log =~ /verdict: READY/

def evidence = Evidence.of(basedir)
// start is not a gate: no result, no verdict row
assert !evidence.results.any { it.gate == 'start' }
assert !(log =~ /verdict: start\s/)
def installed = evidence.results.find { it.gate == 'smoke' && it.subject == 'publish' }
        .findings.find { it.code == 'SMOKE_INSTALLED' }
assert installed.detail.contains('commons-text-1.9.jar')
assert installed.detail =~ /commons-lang3-[\d.]+\.jar/

// the prepared repository was removed once the verdict had waited for everything; the preparation's
// consumer project (its log) stays, as every consumer build's does
def startDir = new File(basedir, 'target/gatekeeper/start')
assert startDir.isDirectory()
assert startDir.listFiles().findAll { it.name.startsWith('clean-repo-') }.isEmpty()
def prepared = startDir.listFiles().findAll { it.name.startsWith('consumer-') }
assert prepared.size() == 1
assert new File(prepared[0], 'consumer-build.log').text.contains('BUILD SUCCESS')
// the module's consumer build did not download the dependency plugin again: it was in its repository already
def consumers = new File(basedir, 'target/gatekeeper/smoke').listFiles().findAll { it.name.startsWith('consumer-') }
assert consumers.size() == 1
return true
