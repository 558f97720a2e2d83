import dev.gatekeeper.it.Evidence

def log = new File(basedir, 'build.log').text
def pomLines = new File(basedir, 'pom.xml').readLines()
def lineOf = { String text -> pomLines.findIndexOf { it.contains(text) } + 1 }

assert log.contains('release-plan: planned release 1.2.0 (from the project version 1.2.0)')
assert log =~ /verdict: release-plan\s+release-plan-snapshot-plugin-dependency-holds\s+HOLD/
assert log.contains('release-plan-snapshot-plugin-dependency-holds: plugin dependency dev.gatekeeper.it:release-plan-helper:0.2.0-SNAPSHOT'
        + ' of plugin dev.gatekeeper.it:release-plan-unused-maven-plugin:1.0.0 is a SNAPSHOT')
// the fix names a release the local repository really holds (prebuild.groovy put 0.1.0 and 0.1.1 there), not an invented one
assert log.contains('Depend on a release of dev.gatekeeper.it:release-plan-helper, such as 0.1.1 (the latest before 0.2.0-SNAPSHOT in the local repository), or release it first')
assert log.contains('Release dev.gatekeeper.it:release-plan-snapshot-bom first and depend on that release (the local repository knows no release of it before 0.1.0-SNAPSHOT)')
assert !log.contains('for example the one before')
assert log.contains('imported BOM dev.gatekeeper.it:release-plan-snapshot-bom:0.1.0-SNAPSHOT is a SNAPSHOT')
assert log.contains('BUILD FAILURE')

def result = Evidence.of(basedir).results.find { it.gate == 'release-plan' }
assert result.status == 'HOLD'
// plus the Gatekeeper plugin under test, a SNAPSHOT in the active merge-ready profile: a warning (issue 15)
assert result.findings*.code.sort() == ['RELEASE_PLAN_SNAPSHOT_BOM', 'RELEASE_PLAN_SNAPSHOT_GATEKEEPER', 'RELEASE_PLAN_SNAPSHOT_PLUGIN_DEPENDENCY']

def pluginDependency = result.findings.find { it.code == 'RELEASE_PLAN_SNAPSHOT_PLUGIN_DEPENDENCY' }
assert pluginDependency.severity == 'HOLD'
assert pluginDependency.file == 'pom.xml'
assert pluginDependency.line == lineOf('<version>0.2.0-SNAPSHOT</version>')
assert pluginDependency.attributes.coordinates == 'dev.gatekeeper.it:release-plan-helper:0.2.0-SNAPSHOT'

def bom = result.findings.find { it.code == 'RELEASE_PLAN_SNAPSHOT_BOM' }
assert bom.file == 'pom.xml'
assert bom.line == lineOf('<version>${bom.version}</version>')
assert bom.attributes.coordinates == 'dev.gatekeeper.it:release-plan-snapshot-bom:0.1.0-SNAPSHOT'

def gatekeeper = result.findings.find { it.code == 'RELEASE_PLAN_SNAPSHOT_GATEKEEPER' }
assert gatekeeper.severity == 'WARN'
assert gatekeeper.attributes.coordinates.startsWith('dev.gatekeeper:gatekeeper-maven-plugin:')
assert gatekeeper.attributes.profile == 'merge-ready'
assert gatekeeper.message.endsWith('declared in the active profile merge-ready; not held: it checks the release and is not part of it')
return true
