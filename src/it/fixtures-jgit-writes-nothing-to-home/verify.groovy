def log = new File(basedir, 'build.log').text
def home = new File(basedir.parentFile, basedir.name + '-xdg-config')

// the fixtures gate read git (JGit) and passed
assert log =~ /verdict: fixtures\s+fixtures-jgit-writes-nothing-to-home\s+PASS/
assert log.contains('BUILD SUCCESS')
// and wrote nothing to the configuration home: no jgit/config with the file system's timestamp resolution
assert home.isDirectory()
def written = []
home.eachFileRecurse { written << it.path }
assert written.isEmpty() : "written to the user's configuration home: ${written}"
assert !log.contains('Creating lock file')
assert !(log =~ /(?m)^\[ERROR\]/)
return true
