import dev.gatekeeper.it.Evidence

def log = new File(basedir, 'build.log').text

assert log.contains('release-plan: planned release 3.21.0 (from the project version 3.21.0-SNAPSHOT)')
assert log.contains('release-plan: latest release tag: v3.20.0')
// RELEASE-NOTES.txt (ISO-8859-1, generated from changes.xml at each release) is not taken for the changelog
assert log.contains('release-plan: changelog src/changes/changes.xml (found among the usual names)')
assert !log.contains('changelog RELEASE-NOTES.txt')
assert !log.contains('RELEASE_PLAN_REPOSITORY_UNREADABLE')
assert log.contains('release-plan: src/changes/changes.xml:13 has the section \'<release version="3.21.0">\'')
assert log =~ /verdict: READY/
assert log.contains('BUILD SUCCESS')
assert !log.contains('RELEASE_PLAN_NO_CHANGELOG')

def result = Evidence.result(basedir, 'release-plan')
assert result.status == 'WARN'
assert result.findings*.code == ['RELEASE_PLAN_SNAPSHOT_GATEKEEPER']
// the evidence names the file read and its digest
assert result.inputs.changelogFile == 'src/changes/changes.xml'
assert result.inputs.changelog ==~ /[0-9a-f]{64}/
return true
