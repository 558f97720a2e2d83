import dev.gatekeeper.it.Evidence

def log = new File(basedir, 'build.log').text
def name = 'smoke-release-plugin-release-profiles-are-judged'

// The profile the release plugin names in releaseProfiles is judged by what it binds: its sources jar
// counts, its javadoc jar is skipped (<skip>true</skip>) and does not.
assert log.contains('smoke: publish: -sources.jar attached by the release profile dist, which this build does not activate')
assert log =~ /verdict: smoke:publish\s+${name}\s+HOLD\s/
assert log =~ /\[smoke:publish\] ${name}: No -javadoc\.jar is attached; Maven Central requires one for packaging jar; the release profile dist does not attach one either \(SMOKE_JAVADOC_JAR_MISSING\)/
assert log =~ /fix: Add <plugin><artifactId>maven-javadoc-plugin<\/artifactId>.* to <build><plugins> in pom\.xml, or of the profile dist in dev\.gatekeeper\.it:${name}:1\.0\.0/
assert !log.contains('SMOKE_SOURCES_JAR_MISSING')
assert log =~ /verdict: HOLD/
assert log.contains('BUILD FAILURE')

def evidence = Evidence.of(basedir)
def publish = evidence.results.find { it.gate == 'smoke' && it.subject == 'publish' }
assert publish.status == 'HOLD'
def sources = publish.findings.find { it.code == 'SMOKE_SOURCES_JAR_BY_RELEASE_PROFILE' }
assert sources.severity == 'PASS'
assert sources.attributes.profile == 'dist'
assert sources.attributes.why == "named in the maven-release-plugin's releaseProfiles"
assert sources.attributes.goal == 'org.apache.maven.plugins:maven-source-plugin:jar'
def javadoc = publish.findings.find { it.code == 'SMOKE_JAVADOC_JAR_MISSING' }
assert javadoc.severity == 'HOLD'
assert !publish.findings.any { it.code == 'SMOKE_JAVADOC_JAR_BY_RELEASE_PROFILE' }
return true
