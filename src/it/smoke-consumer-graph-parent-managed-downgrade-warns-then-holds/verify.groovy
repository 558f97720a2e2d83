import dev.gatekeeper.it.Evidence

def log = new File(basedir, 'build.log').text
// 1-based line of the parent's <version>2.0</version> that pins lib-b
def managedLine = new File(basedir, 'pom.xml').readLines().findIndexOf { it.contains('<version>2.0</version>') } + 1
assert managedLine > 0

// first run, the default WARN: the row counts the difference, the build passes
assert log =~ /verdict: smoke:publish\s+cli\s+WARN\s+\S+ \S+\s+Consumers of dev\.gatekeeper\.it:cli:1\.0\.0 get 1 difference from the tested graph \(1 downgrade\)/
assert log.contains('smoke: publish: a consumer\'s runtime classpath has 1 difference from the tested graph (1 downgrade); gatekeeper.smoke.consumerGraph=WARN')
assert log.contains('BUILD SUCCESS')

// second run, HOLD_DOWNGRADES: the changed setting is judged again (no stale reuse) and the downgrade holds
assert log.contains('gatekeeper.smoke.consumerGraph=HOLD_DOWNGRADES')
assert log.contains('smoke: inputs changed: configuration - running')
assert log =~ /verdict: smoke:publish\s+cli\s+HOLD\s+\S+ \S+\s+Consumers of dev\.gatekeeper\.it:cli:1\.0\.0 get 1 difference from the tested graph \(1 downgrade\)/
assert log.contains('Consumers of dev.gatekeeper.it:cli:1.0.0 get 1 difference from the tested graph (1 downgrade): dev.gatekeeper.it.cgdown:lib-b 1.0, the tests ran with 2.0 (a downgrade): '
        + "the build's dependencyManagement in pom.xml line ${managedLine} sets 2.0")
assert log.contains('(SMOKE_CONSUMER_GRAPH_DIFFERS)')
assert log.contains('BUILD FAILURE')

def publish = Evidence.of(basedir).results.find { it.gate == 'smoke' && it.subject == 'publish' && it.module.endsWith(':cli') }
assert publish.status == 'HOLD'
def differences = publish.findings.findAll { it.code == 'SMOKE_CONSUMER_GRAPH_DIFFERS' }
assert differences.size() == 1 : 'lib-a is the same on both sides; lib-b differs'
def difference = differences[0]
assert difference.severity == 'HOLD'
assert difference.file == 'cli/pom.xml'
assert difference.attributes.groupId == 'dev.gatekeeper.it.cgdown'
assert difference.attributes.artifactId == 'lib-b'
assert difference.attributes.testedVersion == '2.0'
assert difference.attributes.consumerVersion == '1.0'
assert difference.attributes.downgrade == 'true'
assert difference.attributes.kind == 'DOWNGRADE'
assert difference.attributes.managedIn == "pom.xml line ${managedLine}".toString()
// why: nearest-wins along the path a consumer's Maven takes
assert difference.attributes.why.contains('takes 1.0 nearest-wins via dev.gatekeeper.it.cgdown:lib-a:1.0 > dev.gatekeeper.it.cgdown:lib-b:1.0')
assert difference.fix.contains('Declare dev.gatekeeper.it.cgdown:lib-b 2.0 as a dependency in cli/pom.xml')
assert difference.fix.contains('<flattenDependencyMode>all</flattenDependencyMode>')
return true
