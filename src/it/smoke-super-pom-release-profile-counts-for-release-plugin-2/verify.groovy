import dev.gatekeeper.it.Evidence

def log = new File(basedir, 'build.log').text
def name = 'smoke-super-pom-release-profile-counts-for-release-plugin-2'

// Nothing in the project attaches the jars; the release plugin 2.5.3 it declares sets performRelease,
// which activates the super POM's release-profile, which does.
assert log.contains('smoke: publish: -sources.jar and -javadoc.jar attached by the release profile release-profile, which this build does not activate')
assert log =~ /verdict: smoke:publish\s+${name}\s+PASS\s/
assert log =~ /verdict: READY/
assert log.contains('BUILD SUCCESS')

def evidence = Evidence.of(basedir)
def publish = evidence.results.find { it.gate == 'smoke' && it.subject == 'publish' }
def byProfile = publish.findings.findAll { it.code.endsWith('_JAR_BY_RELEASE_PROFILE') }
assert byProfile.size() == 2
byProfile.each {
    assert it.attributes.profile == 'release-profile'
    assert it.attributes.declaredIn == "Maven's super POM"
    assert it.attributes.why == 'activated by -DperformRelease=true, which the maven-release-plugin 2.5.3 sets (useReleaseProfile)'
}
return true
