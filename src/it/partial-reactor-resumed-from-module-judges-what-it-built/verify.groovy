import dev.gatekeeper.it.Evidence

def log = new File(basedir, 'build.log').text
def root = 'partial-reactor-resumed-from-module-judges-what-it-built'
def group = 'dev.gatekeeper.it.resumed'

// the first build installed everything; the second, resumed from c, built c alone and passed
assert (log =~ /BUILD SUCCESS/).count == 2
assert !log.contains('BUILD FAILURE')

// the verdict says first that the build covers part of the reactor, and says it once
assert (log =~ /verdict: partial reactor: 1 of 4 modules in this build \(c\); not built: ${root}, a, b/).count == 1
assert (log =~ /verdict: READY: .*\(partial reactor: 1 of 4 modules\)/).count == 1
def verdictLines = log.readLines().findAll { it.contains('[INFO] verdict: ') && !it.contains('still running in the background') }
assert verdictLines[0].contains('partial reactor: 1 of 4 modules') : verdictLines
assert !(log =~ /verdict: \S+\s+\S+\s+(HOLD|FAIL|ERROR)\s/) : 'no row holds, fails or errs'

// smoke judged c: its siblings a, b and the parent came from the local repository the first build installed into
assert log =~ /smoke: publish: siblings not in this build come from the local repository: ${root}, a, b/
assert log =~ /verdict: smoke:publish\s+c\s+PASS\s.*resolves from a clean repository with 2 runtime dependencies/
assert log =~ /verdict: smoke:jdk-\d+\s+c\s+PASS\s.*java com\.example\.c\.Main --help exited 0/

// the SBOM describes the whole reactor: not judged on a part of it
assert log =~ /sbom: partial reactor: 1 of 4 modules in this build \(c\); not built: ${root}, a, b/
assert log =~ /verdict: sbom\s+${root}\s+SKIPPED\s+.*not judged: partial reactor/

// the evidence is where the docs say: the execution root's target/gatekeeper, although the root was not built
def evidenceFile = new File(basedir, 'target/gatekeeper/evidence.json')
assert evidenceFile.isFile()
assert !new File(basedir, 'c/target/gatekeeper/evidence.json').exists()
assert new File(basedir, 'target/gatekeeper/results/sbom.json').isFile()
assert new File(basedir, 'c/target/gatekeeper/results/smoke-publish.json').isFile()
def evidence = Evidence.read(evidenceFile)
assert evidence.schemaVersion == '1.3'
assert evidence.outcome == 'READY'
assert evidence.build.artifactId == root
assert evidence.build.partialReactor == [modules: 4, built: ["${group}:c".toString()],
        notBuilt: ["${group}:${root}".toString(), "${group}:a".toString(), "${group}:b".toString()]]
assert evidence.results.every { !(it.status in ['HOLD', 'FAIL', 'ERROR']) } : evidence.results*.status
def publish = evidence.results.find { it.gate == 'smoke' && it.subject == 'publish' && it.module == "${group}:c" }
def siblings = publish.findings.find { it.code == 'SMOKE_SIBLINGS_FROM_LOCAL_REPOSITORY' }
assert siblings && siblings.severity == 'PASS'
assert siblings.detail.contains('b-1.0.0-SNAPSHOT.jar') && siblings.detail.contains('a-1.0.0-SNAPSHOT.jar')
def sbom = evidence.results.find { it.gate == 'sbom' }
assert sbom.module == "${group}:${root}".toString()
assert sbom.status == 'SKIPPED'
assert sbom.findings*.code == ['SBOM_PARTIAL_REACTOR']
// no SBOM of an earlier build is bound as an artifact of this one, and only c's files are
assert evidence.artifacts*.coordinates.every { it.startsWith("${group}:c:") } : evidence.artifacts*.coordinates
return true
