import dev.gatekeeper.it.Evidence

// After run 2 in the fresh clone: audit's and sbom's results came from the shared store, named in the log
def log = new File(basedir, 'build.log').text
def runs = log.split('BUILD SUCCESS')
assert runs.length == 3
def run2 = runs[1]
def store = new File(basedir, 'shared-store').canonicalPath
assert run2.contains("[INFO] audit: using the shared record from ${store} (written by build ")
assert run2 =~ /(?m)^\[INFO\] audit: PASS reused - inputs unchanged since /
assert !(run2 =~ /(?m)^\[INFO\] audit: started$/)
// sbom's own output is one of its inputs: the store carried the SBOM, and the clone got the very files A wrote
assert run2.contains("[INFO] sbom: using the shared record from ${store} (written by build ")
assert run2 =~ /(?m)^\[INFO\] sbom: PASS reused - inputs unchanged since /
assert !(run2 =~ /(?m)^\[INFO\] sbom: started$/)
['bom.json', 'bom.xml'].each { name ->
    def written = new File(basedir, "target/gatekeeper/sbom/${name}")
    def restored = new File(basedir, "clone/target/gatekeeper/sbom/${name}")
    assert restored.isFile() && restored.bytes == written.bytes
}
assert run2 =~ /(?m)^\[INFO\] certify: started$/
assert run2.contains('verdict: READY')

def first = Evidence.of(basedir)
def second = Evidence.of(new File(basedir, 'clone'))
def audit = second.results.find { it.gate == 'audit' }
assert audit.reusedFrom.buildId == first.build.buildId
assert audit.buildId == second.build.buildId
assert audit.inputs == first.results.find { it.gate == 'audit' }.inputs
def sbom = second.results.find { it.gate == 'sbom' }
assert sbom.reusedFrom.buildId == first.build.buildId
assert sbom.inputs == first.results.find { it.gate == 'sbom' }.inputs
// the clone keeps the records in its own target/ for its next build
assert new File(basedir, 'clone/target/gatekeeper/reuse/audit.json').isFile()
assert new File(basedir, 'clone/target/gatekeeper/reuse/sbom.json').isFile()
return true
