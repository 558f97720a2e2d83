import dev.gatekeeper.it.Evidence

def log = new File(basedir, 'build.log').text

// The tool's build attaches neither jar; the parent's apache-release profile, which the release plugin's
// releaseProfiles activates, would: the check passes and says which profile.
assert log.contains('smoke: publish: -sources.jar and -javadoc.jar attached by the release profile apache-release, which this build does not activate')
assert log =~ /smoke: publish: PASS in \d[\d. a-z]* - publishable; resolves from a clean repository with 0 runtime dependencies; consumers get the tested graph; -sources\.jar and -javadoc\.jar attached by the release profile apache-release/
assert log =~ /verdict: smoke:publish\s+tool\s+PASS\s/
assert !log.contains('SMOKE_SOURCES_JAR_MISSING')
assert !log.contains('SMOKE_JAVADOC_JAR_MISSING')
assert log =~ /verdict: READY/
assert log.contains('BUILD SUCCESS')

def evidence = Evidence.of(basedir)
assert evidence.outcome == 'READY'
def publish = evidence.results.find { it.gate == 'smoke' && it.subject == 'publish' && it.module.endsWith(':tool') }
assert publish.status == 'PASS'
def byProfile = publish.findings.findAll { it.code in ['SMOKE_SOURCES_JAR_BY_RELEASE_PROFILE', 'SMOKE_JAVADOC_JAR_BY_RELEASE_PROFILE'] }
assert byProfile*.code.sort() == ['SMOKE_JAVADOC_JAR_BY_RELEASE_PROFILE', 'SMOKE_SOURCES_JAR_BY_RELEASE_PROFILE']
byProfile.each {
    assert it.severity == 'PASS'
    assert it.attributes.profile == 'apache-release'
    assert it.attributes.declaredIn == 'dev.gatekeeper.it.asf:asf-parent:39'
    assert it.attributes.why == "named in the maven-release-plugin's releaseProfiles"
}
assert byProfile.find { it.code.startsWith('SMOKE_SOURCES') }.attributes.goal == 'org.apache.maven.plugins:maven-source-plugin:jar-no-fork'
assert byProfile.find { it.code.startsWith('SMOKE_JAVADOC') }.message.startsWith(
        '-javadoc.jar attached by the release profile apache-release (maven-javadoc-plugin:jar), not by this build')
// the per-module result file holds the same
def result = Evidence.read(new File(basedir, 'tool/target/gatekeeper/results/smoke-publish.json'))
assert result.findings*.code.contains('SMOKE_SOURCES_JAR_BY_RELEASE_PROFILE')
return true
