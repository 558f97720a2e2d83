import dev.gatekeeper.it.Evidence
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def snapshot = new File(basedir, 'src/test/snapshots/scan/profile-a.json')

assert log.contains('snapshot: scan: wrote src/test/snapshots/scan/profile-a.json')
assert log =~ /verdict: snapshot:scan\s+snapshot-update-rewrites-committed-snapshot\s+WARN/
assert log.contains('BUILD SUCCESS')

// rewritten with the current, normalised output: keys ordered, volatile values replaced
def text = snapshot.text
assert !text.contains('"lines": 7') : 'the stale content is gone'
def json = new JsonSlurper().parseText(text)
assert json.files*.name == ['extensions.json', 'prefs.js']
assert json.files*.lines == [1, 2]
assert json.scannedAt == '<timestamp>'
assert json.took == '<duration>'
assert json.profile == '<profile>'
assert text.indexOf('"files"') < text.indexOf('"profile"') && text.indexOf('"profile"') < text.indexOf('"scannedAt"')
// atomically: no temporary file left next to it
assert snapshot.parentFile.listFiles()*.name == ['profile-a.json']

def scan = Evidence.of(basedir).results.find { it.subject == 'scan' }
assert scan.findings.find { it.code == 'SNAPSHOT_UPDATED' }.fix.contains('git diff src/test/snapshots/scan/profile-a.json')
return true
