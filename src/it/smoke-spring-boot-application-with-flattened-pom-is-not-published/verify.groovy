import dev.gatekeeper.it.Evidence

def log = new File(basedir, 'build.log').text

// the flatten-maven-plugin ran before the gate: the POM file Maven holds for app is the flattened one
assert log =~ /flatten:1\.7\.3:flatten \(flatten\) @ app/
assert new File(basedir, 'app/.flattened-pom.xml').text.contains('<distributionManagement>') :
        'the flattened POM holds the inherited <distributionManagement>'

// app: judged by the POM its author wrote, which declares no <distributionManagement>
assert log =~ /verdict: smoke:publish\s+app\s+PASS\s.*not published: a Spring Boot application/
assert log =~ /verdict: READY/
assert log.contains('BUILD SUCCESS')

def evidence = Evidence.of(basedir)
def app = evidence.results.find { it.gate == 'smoke' && it.subject == 'publish' && it.module.endsWith(':app') }
assert app.status == 'PASS'
def notPublished = app.findings.find { it.code == 'SMOKE_NOT_PUBLISHED' }
assert notPublished : 'the evidence says why the Central checks were not made'
assert notPublished.attributes.reason == 'a Spring Boot application (the spring-boot-maven-plugin repackages it) ' +
        'whose POM declares no <distributionManagement>; the one inherited from ' +
        'dev.gatekeeper.it.flattened:smoke-spring-boot-application-with-flattened-pom-is-not-published:1.0.0 ' +
        "serves the reactor's libraries"
assert !app.findings.any { it.code == 'SMOKE_METADATA_MISSING' }
return true
