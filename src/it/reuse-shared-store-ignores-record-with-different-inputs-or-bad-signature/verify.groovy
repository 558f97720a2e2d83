import dev.gatekeeper.it.Evidence

// After run 3 (no key): the forged record's inputs differ from this build's, so it is ignored and audit runs
def run3 = new File(basedir, 'build.log').text.split('BUILD SUCCESS')[2]
def store = new File(basedir, 'shared-store').canonicalPath
assert run3 =~ /(?m)^\[INFO\] audit: ignoring the shared record audit-[0-9a-f]{64} in \Q${store}\E: inputs differ \(dependency-graph\) - running$/
assert run3 =~ /(?m)^\[INFO\] audit: started$/
assert run3.contains('verdict: READY')
assert Evidence.of(basedir).results.find { it.gate == 'audit' }.reusedFrom == null
return true
