def log = new File(basedir, 'build.log').text

assert log =~ /\[INFO\] smoke: started at initialize: preparing a clean repository/
assert log.contains('COMPILATION ERROR')
assert !log.contains('verdict:')

// when Maven's JVM ended, the preparation was stopped: no consumer build of this project still runs ...
def ps = ['ps', '-eo', 'args'].execute()
ps.waitFor()
def running = ps.text.readLines().findAll { it.contains(basedir.canonicalPath + '/target/gatekeeper') }
assert running.isEmpty() : "still running after the build: ${running}"
// ... and the repository it was filling is gone, so nothing writes into target/ after the build
def startDir = new File(basedir, 'target/gatekeeper/start')
def left = startDir.isDirectory() ? startDir.listFiles().findAll { it.name.startsWith('clean-repo-') } : []
assert left.isEmpty() : "the prepared repository was left behind: ${left}"
return true
