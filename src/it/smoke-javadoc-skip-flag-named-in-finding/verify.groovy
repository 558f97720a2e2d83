import dev.gatekeeper.it.Evidence

def log = new File(basedir, 'build.log').text
def name = 'smoke-javadoc-skip-flag-named-in-finding'

// The build binds the javadoc jar; -Dmaven.javadoc.skip=true skipped it, and the finding says so.
assert log =~ /\[smoke:publish\] ${name}: No -javadoc\.jar is attached: -Dmaven\.javadoc\.skip=true on the command line skipped the maven-javadoc-plugin this build binds; Maven Central requires one for packaging jar \(SMOKE_JAVADOC_JAR_MISSING\)/
assert log.contains('fix: Run without -Dmaven.javadoc.skip=true (or set gatekeeper.smoke.requireJavadoc=false for a module that is not published to Maven Central)')
assert !log.contains('SMOKE_SOURCES_JAR_MISSING') : 'the sources jar is attached'
assert log =~ /verdict: smoke:publish\s+${name}\s+HOLD\s/
assert log.contains('BUILD FAILURE')

def evidence = Evidence.of(basedir)
def publish = evidence.results.find { it.gate == 'smoke' && it.subject == 'publish' }
def javadoc = publish.findings.find { it.code == 'SMOKE_JAVADOC_JAR_MISSING' }
assert javadoc.severity == 'HOLD'
assert javadoc.attributes.skippedBy == '-Dmaven.javadoc.skip=true'
assert javadoc.file == 'pom.xml'
return true
