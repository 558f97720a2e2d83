import dev.gatekeeper.it.Evidence

// After run 2 in the fresh clone: audit's result came from the shared store, named in the log
def log = new File(basedir, 'build.log').text
def runs = log.split('BUILD SUCCESS')
assert runs.length == 3
def run2 = runs[1]
def store = new File(basedir, 'shared-store').canonicalPath
assert run2.contains("[INFO] audit: using the shared record from ${store} (written by build ")
assert run2 =~ /(?m)^\[INFO\] audit: PASS reused - inputs unchanged since /
assert !(run2 =~ /(?m)^\[INFO\] audit: started$/)
// sbom's own output is one of its inputs: it runs, and says why the store does not serve it
assert run2 =~ /(?m)^\[INFO\] sbom: the shared store is not used: the gate's own output \(sbom, sbom-xml\) is one of its inputs, and a fresh clone has none - running$/
assert run2 =~ /(?m)^\[INFO\] sbom: started$/
assert run2 =~ /(?m)^\[INFO\] certify: started$/
assert run2.contains('verdict: READY')

def first = Evidence.of(basedir)
def second = Evidence.of(new File(basedir, 'clone'))
def audit = second.results.find { it.gate == 'audit' }
assert audit.reusedFrom.buildId == first.build.buildId
assert audit.buildId == second.build.buildId
assert audit.inputs == first.results.find { it.gate == 'audit' }.inputs
// the clone keeps the record in its own target/ for its next build
assert new File(basedir, 'clone/target/gatekeeper/reuse/audit.json').isFile()
return true
