// build.log holds every invocation: this one's lines come after the previous invocation's post-build script
// (the last such line is this script's own)
def whole = new File(basedir, 'build.log').text
def log = whole.substring(whole.lastIndexOf('Running post-build script', whole.lastIndexOf('Running post-build script') - 1))

// -pl core: the work starts in core, the only module of the build, and core's check starts from it
assert (log =~ /:start \(merge-ready\) @ /).count == 1
assert (log =~ /\[INFO\] smoke: started at initialize: preparing a clean repository/).count == 1
assert (log =~ /\[INFO\] smoke: publish: the clean repository starts from the one prepared at initialize/).count == 1
assert log =~ /verdict: smoke:publish\s+core\s+PASS/
assert !(log =~ /verdict: smoke:publish\s+(api|app)\s/)
// the execution root is not in the build; its target/ still holds the work, as the whole-reactor gates' evidence
assert new File(basedir, 'target/gatekeeper/start').listFiles().findAll { it.name.startsWith('clean-repo-') }.isEmpty()
return true
