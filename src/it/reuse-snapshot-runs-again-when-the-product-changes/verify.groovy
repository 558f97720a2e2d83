import dev.gatekeeper.it.Evidence

def run3 = new File(basedir, 'build.log').text.split('BUILD SUCCESS')[2]
// the compiled product is on the cases' classpath: its change invalidates both, and nothing else is named
assert run3 =~ /(?m)^\[INFO\] snapshot: inputs changed: classpath-1 - running$/
assert run3 =~ /snapshot: scan: run 1 of 2 on src\/test\/fixtures\/profile-a/
assert !run3.contains(' reused - ')
def results = Evidence.of(basedir).results
assert results*.status == ['PASS', 'PASS']
assert results.every { it.reusedFrom == null }
return true
