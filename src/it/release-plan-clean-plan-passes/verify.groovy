import java.util.regex.Pattern
import dev.gatekeeper.it.Evidence

def log = new File(basedir, 'build.log').text

assert log.contains('release-plan: branch main (from git)')
// no tagNameFormat and one v-tag: the history clearly follows v@{project.version}, not the release plugin's default
assert log.contains("release-plan: tag format v@{project.version} (1 of 1 tags follow it; the maven-release-plugin's default"
        + ' @{project.artifactId}-@{project.version} is followed by 0)')
assert log.contains('release-plan: latest release tag: v1.1.0')
assert log.contains("release-plan: CHANGELOG.md:7 has the section '[1.2.0] - 2026-11-24'")
assert log =~ (/release-plan: PASS in \d[\d. a-z]* - / + Pattern.quote('1.2.0 planned on main: past v1.1.0, in CHANGELOG.md, no SNAPSHOTs, tree clean'))
// one judgement for the whole reactor, recorded for the execution root
assert (log =~ /release-plan: PASS/).count == 1
assert log =~ /verdict: release-plan\s+release-plan-clean-plan-passes\s+PASS/
assert log =~ /verdict: READY/
assert log.contains('BUILD SUCCESS')

def evidence = Evidence.of(basedir)
assert evidence.outcome == 'READY'
def result = evidence.results.find { it.gate == 'release-plan' }
assert result.module == 'dev.gatekeeper.it:release-plan-clean-plan-passes'
assert result.status == 'PASS'
assert result.findings == null || result.findings.isEmpty()
assert result.inputs.changelog ==~ /[0-9a-f]{64}/
assert result.inputs.changelogFile == 'CHANGELOG.md'
assert result.inputs.tagFormat == 'v@{project.version}'
return true
