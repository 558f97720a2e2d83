import dev.gatekeeper.it.Evidence
import java.nio.file.Files
import java.nio.file.attribute.PosixFilePermissions

def log = new File(basedir, 'build.log').text
def modes = { File f -> PosixFilePermissions.toString(Files.getPosixFilePermissions(f.toPath())) }

// the regular snapshot is rewritten and keeps its modes
def scan = new File(basedir, 'src/test/snapshots/scan/profile-a.json')
assert log.contains('snapshot: scan: wrote src/test/snapshots/scan/profile-a.json')
assert !scan.text.contains('"lines": 7')
assert modes(scan) == 'rw-rw-r--' : "the committed snapshot's modes were reset to ${modes(scan)}"

// the link is refused, named, and left alone with its target
def link = new File(basedir, 'src/test/snapshots/linked/profile-a.json')
def shared = new File(basedir, 'src/test/snapshots/shared/profile-a.json')
assert log =~ /verdict: snapshot:linked\s+\S+\s+ERROR\s.*src\/test\/snapshots\/linked\/profile-a\.json is a symbolic link/
assert Files.isSymbolicLink(link.toPath())
assert shared.text.contains('"lines": 7') : 'the link target was written through'
assert !(log =~ /(?m)^\s+at [\w.$]+\(/) : 'no stack trace'

def results = Evidence.of(basedir).results
def finding = results.find { it.subject == 'linked' }.findings[0]
assert finding.code == 'SNAPSHOT_SYMLINK_NOT_REPLACED'
assert finding.fix.contains('src/test/snapshots/shared/profile-a.json')

// evidence files get the modes any new file gets here (0644 with the usual umask), not owner-only 0600
def probe = new File(basedir, 'target/probe')
probe.text = ''
['evidence.json', 'evidence.json.sha256', 'report.html'].each {
    def evidence = new File(basedir, "target/gatekeeper/${it}")
    assert modes(evidence) == modes(probe) : "${it} has ${modes(evidence)}"
}
return true
