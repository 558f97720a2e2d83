// After run 2 (another key): the shared record was ignored, audit ran
def run2 = new File(basedir, 'build.log').text.split('BUILD SUCCESS')[1]
def store = new File(basedir, 'shared-store').canonicalPath
assert run2 =~ /(?m)^\[INFO\] audit: ignoring the shared record audit-[0-9a-f]{64} in \Q${store}\E: signature does not verify - running$/
assert run2 =~ /(?m)^\[INFO\] audit: started$/
assert !run2.contains('audit: PASS reused')

// forge the record: another dependency graph under the key of this one (as a store written by anyone could hold)
def record = new File(basedir, 'shared-store').listFiles().find { it.name ==~ /audit-[0-9a-f]{64}\.json/ }
def text = record.text
def forged = text.replaceAll(/"dependency-graph"\s*:\s*"[0-9a-f]{64}"/, '"dependency-graph":"' + '0' * 64 + '"')
assert forged != text
record.text = forged
return true
