// After run 1: audit ran and its record in the shared store is signed
def log = new File(basedir, 'build.log').text
assert log =~ /(?m)^\[INFO\] audit: started$/
def records = new File(basedir, 'shared-store').listFiles().findAll { it.name ==~ /audit-[0-9a-f]{64}\.json/ }
assert records.size() == 1
assert records[0].text.startsWith('hmac-sha256:')
return true
