// build.log holds every invocation: this one's lines come after the previous invocation's post-build script
// (the last such line is this script's own)
def whole = new File(basedir, 'build.log').text
def log = whole.substring(whole.lastIndexOf('Running post-build script', whole.lastIndexOf('Running post-build script') - 1))

// the default: every module runs start, nothing is prepared early, and one line (not one per module) says why
assert (log =~ /:start \(merge-ready\) @ /).count == 4
assert !log.contains('smoke: started at initialize')
assert (log =~ /\[INFO\] smoke: nothing started at initialize: gatekeeper\.smoke\.prepareAtStart=false \(the default\); the clean repository is prepared by the smoke check in verify/).count == 1
assert !log.contains('prepared at initialize')
assert !(new File(basedir, 'target/gatekeeper/start').listFiles() ?: []).any { it.name.startsWith('clean-repo-') }
// smoke did all its work in verify and still judged every jar module
['core', 'api', 'app'].each { module ->
    assert log =~ /verdict: smoke:publish\s+${module}\s+PASS\s.*resolves from a clean repository/ : "${module} resolves"
}
return true
