import java.util.regex.Pattern
import dev.gatekeeper.it.Evidence

def log = new File(basedir, 'build.log').text
def taggedCommit = new File(basedir, 'target/tagged-commit.txt').text.trim()

// no tagNameFormat anywhere: the release plugin's default, which 5 of the 6 tags follow; the stray 1.0 is not a release tag
assert log.contains("release-plan: tag format @{project.artifactId}-@{project.version} (the maven-release-plugin's default; 5 of 6 tags follow it)")
assert log.contains('release-plan: planned release 2.3.1 (from the project version 2.3.1-SNAPSHOT)')
assert log =~ (/release-plan: HOLD in \d[\d. a-z]* - / + Pattern.quote("tag mylib-2.3.1 already exists and points at commit ${taggedCommit.substring(0, 12)}, not at HEAD"))
assert log.contains('release-plan: latest release tag: mylib-2.3.0')
assert !log.contains('release-plan: latest release tag: 1.0')
assert log =~ /verdict: release-plan\s+mylib\s+HOLD/
assert log.contains('BUILD FAILURE')

def result = Evidence.result(basedir, 'release-plan')
assert result.status == 'HOLD'
assert result.inputs.tagFormat == '@{project.artifactId}-@{project.version}'
assert result.findings*.code.sort() == ['RELEASE_PLAN_SNAPSHOT_GATEKEEPER', 'RELEASE_PLAN_TAG_EXISTS']
def exists = result.findings.find { it.code == 'RELEASE_PLAN_TAG_EXISTS' }
assert exists.severity == 'HOLD'
assert exists.attributes.tag == 'mylib-2.3.1'
assert exists.attributes.commit == taggedCommit
def evidence = Evidence.of(basedir)
assert evidence.results.find { it.gate == 'release-plan' }.status == 'HOLD'
return true
