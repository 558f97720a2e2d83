// build.log holds every invocation: this one's lines come after the previous invocation's post-build script
// (the last such line is this script's own)
def whole = new File(basedir, 'build.log').text
def log = whole.substring(whole.lastIndexOf('Running post-build script', whole.lastIndexOf('Running post-build script') - 1))

// gatekeeper.overlap=false: start says it started nothing, smoke's repository starts empty, as without start
assert log =~ /\[INFO\] smoke: nothing started at initialize: gatekeeper\.overlap=false/
assert !log.contains('smoke: started at initialize')
assert !log.contains('prepared at initialize')
assert log =~ /verdict: smoke:publish\s+\S+\s+PASS\s.*resolves from a clean repository with 2 runtime dependencies/
assert log =~ /verdict: READY/
def startDir = new File(basedir, 'target/gatekeeper/start')
assert !startDir.exists() || startDir.listFiles().findAll { it.name.startsWith('clean-repo-') }.isEmpty()
return true
