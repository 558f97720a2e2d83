import org.eclipse.jgit.api.Git

// After run 1 in A: audit and sbom ran and filled the shared store; sbom's record carries the SBOM it wrote
def log = new File(basedir, 'build.log').text
assert log.contains('verdict: READY')
assert log =~ /(?m)^\[INFO\] audit: started$/
assert log =~ /(?m)^\[INFO\] sbom: started$/
def store = new File(basedir, 'shared-store')
def records = store.listFiles().findAll { it.name.endsWith('.json') }*.name.sort()
assert records.size() == 2
assert records[0] ==~ /audit-[0-9a-f]{64}\.json/
assert records[1] ==~ /sbom-[0-9a-f]{64}\.json/
records.each { assert new File(store, it).text.startsWith('unsigned\n') }
def sbomRecord = new groovy.json.JsonSlurper().parseText(new File(store, records[1]).text.readLines().drop(1).join('\n'))
assert sbomRecord.outputFiles.keySet() == ['sbom', 'sbom-xml'] as Set

// a fresh clone of the same commit, in another directory
def clone = new File(basedir, 'clone')
Git.cloneRepository().setURI(basedir.toURI().toString()).setDirectory(clone).call().close()
assert !new File(clone, 'target').exists()
return true
