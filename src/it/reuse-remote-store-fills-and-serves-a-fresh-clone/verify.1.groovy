import org.eclipse.jgit.api.Git

// After run 1 in A: audit and sbom ran and filled the remote store (sbom's record carries its SBOM)
def log = new File(basedir, 'build.log').text
def url = new File(basedir, 'nginx/url.txt').text
assert log.contains('verdict: READY')
assert log =~ /(?m)^\[INFO\] audit: started$/
assert log.contains("[INFO] audit: no shared record for these inputs in ${url} - running")
assert !(log =~ /(?m)^\[WARNING\] .*remote store/)
// what nginx holds: sealed records, <gate>-<sha256>.json, put with the settings server's user name
def held = new File(basedir, 'nginx/store/reuse').listFiles()*.name.sort()
assert held.size() == 2
assert held[0] ==~ /audit-[0-9a-f]{64}\.json/
assert held[1] ==~ /sbom-[0-9a-f]{64}\.json/
def access = new File(basedir, 'nginx/access.log').readLines()
held.each { name ->
    assert new File(basedir, "nginx/store/reuse/${name}").text.startsWith('unsigned\n')
    assert access.any { it.contains(' - ci [') && it.contains("\"PUT /reuse/${name} HTTP/1.1\" 201 ") }
}

// a fresh clone of the same commit, in another directory
def clone = new File(basedir, 'clone')
Git.cloneRepository().setURI(basedir.toURI().toString()).setDirectory(clone).call().close()
assert !new File(clone, 'target').exists()
return true
