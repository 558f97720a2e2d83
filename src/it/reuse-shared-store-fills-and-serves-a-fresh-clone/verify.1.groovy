import org.eclipse.jgit.api.Git

// After run 1 in A: audit ran and filled the shared store; sbom, whose SBOM is one of its inputs, did not
def log = new File(basedir, 'build.log').text
assert log.contains('verdict: READY')
assert log =~ /(?m)^\[INFO\] audit: started$/
def store = new File(basedir, 'shared-store')
def records = store.listFiles().findAll { it.name.endsWith('.json') }*.name
assert records.size() == 1
assert records[0] ==~ /audit-[0-9a-f]{64}\.json/
assert new File(store, records[0]).text.startsWith('unsigned\n')

// a fresh clone of the same commit, in another directory
def clone = new File(basedir, 'clone')
Git.cloneRepository().setURI(basedir.toURI().toString()).setDirectory(clone).call().close()
assert !new File(clone, 'target').exists()
return true
