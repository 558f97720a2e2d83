import java.util.regex.Pattern
import dev.gatekeeper.it.Evidence

def log = new File(basedir, 'build.log').text

assert log.contains('release-plan: tag format v@{project.version} (maven-release-plugin tagNameFormat in the parent POM'
        + ' dev.gatekeeper.it:release-plan-org-parent:7; 1 of 3 tags follow it)')
assert log =~ (/release-plan: HOLD in \d[\d. a-z]* - / + Pattern.quote('tag v1.2.0 already exists'))
assert log.contains('BUILD FAILURE')

def result = Evidence.result(basedir, 'release-plan')
assert result.status == 'HOLD'
assert result.inputs.tagFormat == 'v@{project.version}'
assert result.findings*.code.sort() == ['RELEASE_PLAN_SNAPSHOT_GATEKEEPER', 'RELEASE_PLAN_TAG_EXISTS']
assert result.findings.find { it.code == 'RELEASE_PLAN_TAG_EXISTS' }.attributes.tag == 'v1.2.0'
return true
