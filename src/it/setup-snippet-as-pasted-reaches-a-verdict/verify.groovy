import dev.gatekeeper.it.Evidence

def log = new File(basedir, 'build.log').text
def pom = new File(basedir, 'pom.xml').text

// the profile really is the one docs/setup.md shows, with every gate
assert pom.contains('<id>merge-ready</id>')
['start', 'certify', 'snapshot', 'audit', 'smoke', 'sbom', 'fixtures', 'docs', 'release-plan', 'verdict'].each {
    assert pom.contains("<goal>${it}</goal>") : "the snippet binds ${it}"
}

// start, in the same execution without <phase>, ran at initialize: before anything was compiled
def lines = log.readLines()
def startGoal = lines.findIndexOf { it.contains(':start (merge-ready)') }
def compile = lines.findIndexOf { it.contains('compiler:') && it.contains(':compile (default-compile)') }
assert startGoal >= 0 && startGoal < compile : "start (line ${startGoal}) runs before compile (line ${compile})"
// as pasted, start prepares nothing early (gatekeeper.smoke.prepareAtStart is off by default) and says so
assert log =~ /\[INFO\] smoke: nothing started at initialize: gatekeeper\.smoke\.prepareAtStart=false \(the default\)/
assert !log.contains('smoke: started at initialize')

// JGit measured no file store: no probe file in .git/objects, no error logged when Maven exits before it ends
assert !log.contains('.probe-') : 'JGit wrote a probe file into the repository'
// every gate ran to the verdict: the only goal that failed the build is the verdict
assert log.contains('BUILD FAILURE')
def failedGoals = (log =~ /Failed to execute goal ([^ ]+)/).collect { it[1] }
assert failedGoals.size() == 1 && failedGoals[0].endsWith(':verdict') : "failed before the verdict: ${failedGoals}"
assert !log.contains('no <snapshots> configured')

// the verdict table, with a row per gate
assert log =~ /verdict: GATE\s+MODULE\s+STATUS\s+DURATION\s+REASON/
['certify', 'snapshot', 'audit', 'sbom', 'fixtures', 'docs', 'release-plan'].each {
    assert log =~ /verdict: ${it}\s+setup-snippet-as-pasted-reaches-a-verdict\s+[A-Z]+\s/ : "a verdict row for ${it}"
}
// snapshot needs configuration the snippet cannot have: a SKIPPED row saying what to configure
assert log =~ /snapshot: SKIPPED - not configured: add <snapshots> with a <snapshot> case to the snapshot goal's <configuration>, see https:\/\/github\.com\/gatekeeper-dev\/gatekeeper\/blob\/main\/docs\/snapshot\.md#configuration/
assert log =~ /verdict: snapshot\s+setup-snippet-as-pasted-reaches-a-verdict\s+SKIPPED\s+0 ms\s+not configured: add <snapshots>/
// the test ran and passed; the audit scanned with the configured data
assert log =~ /verdict: certify\s+setup-snippet-as-pasted-reaches-a-verdict\s+PASS/
assert log =~ /verdict: audit\s+setup-snippet-as-pasted-reaches-a-verdict\s+PASS/

// the evidence a run leaves behind, as docs/setup.md lists it
def evidence = new File(basedir, 'target/gatekeeper')
['evidence.json', 'summary.md', 'TEST-gatekeeper.xml'].each {
    assert new File(evidence, it).isFile() : "target/gatekeeper/${it}"
}
def results = Evidence.read(new File(evidence, 'evidence.json')).results
def snapshot = results.find { it.gate == 'snapshot' }
assert snapshot.status == 'SKIPPED'
assert snapshot.summary.startsWith('not configured: add <snapshots>')
assert new File(basedir, 'target/gatekeeper/results/snapshot.json').isFile()
// no fix or message of the verdict points to a docs/ path a user does not have
results.each { result ->
    result.findings.each { f ->
        assert !("${f.message} ${f.fix}" =~ /(?<![\/\w])docs\/[\w.-]+\.md/) : "${f.code}: ${f.fix}"
    }
}
return true
