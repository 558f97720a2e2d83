// build.log holds every invocation: this one's lines come after the previous invocation's post-build script
// (the last such line is this script's own)
def whole = new File(basedir, 'build.log').text
def log = whole.substring(whole.lastIndexOf('Running post-build script', whole.lastIndexOf('Running post-build script') - 1))

// mvn package: the gates never run, so nothing is started for them
assert log =~ /\[INFO\] smoke: nothing started at initialize: this build does not reach verify \(package\)/
assert !log.contains('smoke: started at initialize')
assert !log.contains('verdict:')
return true
