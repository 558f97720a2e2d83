import java.util.regex.Pattern
import dev.gatekeeper.it.Evidence

def log = new File(basedir, 'build.log').text

assert log.contains("release-plan: tag format @{project.artifactId}-@{project.version} (the maven-release-plugin's default; 5 of 6 tags follow it)")
assert log.contains('release-plan: planned release 2.4.0 (from the project version 2.4.0-SNAPSHOT)')
assert log.contains('release-plan: latest release tag: mylib-2.3.1')
assert log =~ (/release-plan: WARN in \d[\d. a-z]* - /)
assert log =~ /verdict: READY/
assert log.contains('BUILD SUCCESS')

def result = Evidence.result(basedir, 'release-plan')
// the Gatekeeper plugin under test, a SNAPSHOT in the merge-ready profile, is the only finding, a warning
assert result.status == 'WARN'
assert result.findings*.code == ['RELEASE_PLAN_SNAPSHOT_GATEKEEPER']
assert result.inputs.tagFormat == '@{project.artifactId}-@{project.version}'
def evidence = Evidence.of(basedir)
assert evidence.outcome == 'READY'
return true
