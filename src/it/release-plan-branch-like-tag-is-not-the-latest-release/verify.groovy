import dev.gatekeeper.it.Evidence

def log = new File(basedir, 'build.log').text

assert log.contains("release-plan: tag format @{project.version} (1 of 2 tags follow it; the maven-release-plugin's default @{project.artifactId}-@{project.version} is followed by 0)")
assert log.contains('release-plan: ignored 1 tag that is not a release version: 1.5.x')
assert log.contains('release-plan: latest release tag: 1.4.0')
assert !log.contains('latest release tag: 1.5.x')
assert !log.contains('RELEASE_PLAN_NOT_PAST_LATEST')
assert log =~ /release-plan: WARN in \d/
assert log =~ /verdict: READY/
assert log.contains('BUILD SUCCESS')

def result = Evidence.result(basedir, 'release-plan')
// the Gatekeeper plugin under test, a SNAPSHOT in the merge-ready profile, is the only finding, a warning
assert result.status == 'WARN'
assert result.findings*.code == ['RELEASE_PLAN_SNAPSHOT_GATEKEEPER']
assert result.inputs.tagFormat == '@{project.version}'
return true
