import dev.gatekeeper.it.Evidence
import java.nio.file.Files

def log = new File(basedir, 'build.log').text
def passwd = new File(basedir.parentFile, basedir.name + '-outside/passwd').canonicalPath

// each case is refused with a finding naming the configured path and where it leads
assert log =~ /verdict: snapshot:linked\s+\S+\s+ERROR\s.*src\/test\/snapshots\/linked\/profile-a\.json leads through a symbolic link to /
assert log =~ /verdict: snapshot:configured\s+\S+\s+ERROR\s/
assert log =~ /snapshot: configured: ERROR in .* - \S+-outside\/passwd is outside the project \S+; it was not read/
assert log.contains('BUILD FAILURE')
assert !(log =~ /(?m)^\s+at [\w.$]+\(/) : 'no stack trace'

def results = Evidence.of(basedir).results
def linked = results.find { it.subject == 'linked' }.findings
assert linked*.code == ['SNAPSHOT_READ_OUTSIDE']
assert linked[0].message.contains(passwd)
assert linked[0].fix.contains("<snapshotFile> of snapshot case 'linked'")
assert results.find { it.subject == 'configured' }.findings*.code == ['SNAPSHOT_READ_OUTSIDE']

// what the file outside holds is shown nowhere: not in the console, the evidence or the report
def shown = [log, new File(basedir, 'target/gatekeeper/evidence.json').text, new File(basedir, 'target/gatekeeper/report.html').text]
shown.each { assert !it.contains('gatekeeper-it-secret') : 'the content of the file outside the project was copied' }
// the link is left as it was
assert Files.isSymbolicLink(new File(basedir, 'src/test/snapshots/linked/profile-a.json').toPath())
return true
