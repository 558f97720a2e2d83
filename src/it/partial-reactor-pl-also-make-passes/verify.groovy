import dev.gatekeeper.it.Evidence

def log = new File(basedir, 'build.log').text
def root = 'partial-reactor-pl-also-make-passes'
def group = 'dev.gatekeeper.it.alsomake'
def runs = log.split(/(?=\[INFO\] Scanning for projects)/).findAll { it.contains('verdict:') }

assert (log =~ /Using the MultiThreadedBuilder/).count == 2 : 'both builds really ran with -T 2'
assert (log =~ /BUILD SUCCESS/).count == 2
assert !log.contains('BUILD FAILURE')
assert !(log =~ /verdict: \S+\s+\S+\s+(HOLD|FAIL|ERROR)\s/) : 'no row holds, fails or errs'
// one verdict per build
assert (log =~ /verdict: READY/).count == 2
assert runs.size() == 2

// -pl c -am: c, the modules it needs and its parent are the whole reactor, judged in full
def full = runs[0]
assert !full.contains('partial reactor')
assert full =~ /verdict: sbom\s+${root}\s+PASS\s/
assert full =~ /verdict: smoke:publish\s+c\s+PASS\s/

// -rf :b (b and c): the verdict says the build covers part of the reactor; a and the parent come from the local repository
def partial = runs[1]
assert (partial =~ /verdict: partial reactor: 2 of 4 modules in this build \(b, c\); not built: ${root}, a/).count == 1
assert (partial =~ /verdict: READY: .*\(partial reactor: 2 of 4 modules\)/).count == 1
assert partial =~ /verdict: smoke:publish\s+b\s+PASS\s.*resolves from a clean repository with 1 runtime dependencies/
assert partial =~ /verdict: smoke:publish\s+c\s+PASS\s.*resolves from a clean repository with 2 runtime dependencies/
assert partial =~ /verdict: sbom\s+${root}\s+SKIPPED\s+.*not judged: partial reactor/

def evidence = Evidence.of(basedir)
assert evidence.outcome == 'READY'
assert evidence.build.partialReactor == [modules: 4, built: ["${group}:b".toString(), "${group}:c".toString()],
        notBuilt: ["${group}:${root}".toString(), "${group}:a".toString()]]
['b', 'c'].each { module ->
    def publish = evidence.results.find { it.gate == 'smoke' && it.subject == 'publish' && it.module == "${group}:${module}" }
    assert publish.status == 'PASS'
    def siblings = publish.findings.find { it.code == 'SMOKE_SIBLINGS_FROM_LOCAL_REPOSITORY' }
    assert siblings : "${module} names the siblings it took from the local repository"
    assert siblings.message.contains("${group}:a:1.0.0-SNAPSHOT")
}
// c needs b, which this build made: b is not taken from the local repository
def cSiblings = evidence.results.find { it.gate == 'smoke' && it.subject == 'publish' && it.module == "${group}:c" }
        .findings.find { it.code == 'SMOKE_SIBLINGS_FROM_LOCAL_REPOSITORY' }
assert !cSiblings.message.contains("${group}:b:")
assert !new File(basedir, 'c/target/gatekeeper/evidence.json').exists()
assert !new File(basedir, 'b/target/gatekeeper/evidence.json').exists()
return true
