import dev.gatekeeper.it.Evidence

def log = new File(basedir, 'build.log').text
def pomLines = new File(basedir, 'pom.xml').readLines()

assert log.contains('release-plan-allowed-snapshot-warns: dependency dev.gatekeeper.it:nightly-client:3.0.0-SNAPSHOT is a SNAPSHOT,'
        + ' allowed by dev.gatekeeper.it:nightly-* (gatekeeper.releasePlan.allowedSnapshots)')
assert log =~ /verdict: READY/
assert log.contains('BUILD SUCCESS')

def result = Evidence.result(basedir, 'release-plan')
assert result.status == 'WARN'
assert result.findings*.code.sort() == ['RELEASE_PLAN_SNAPSHOT_ALLOWED', 'RELEASE_PLAN_SNAPSHOT_GATEKEEPER']
def allowed = result.findings.find { it.code == 'RELEASE_PLAN_SNAPSHOT_ALLOWED' }
assert allowed.severity == 'WARN'
assert allowed.attributes.allowedBy == 'dev.gatekeeper.it:nightly-*'
assert allowed.attributes.kind == 'RELEASE_PLAN_SNAPSHOT_DEPENDENCY'
assert allowed.file == 'pom.xml'
assert allowed.line == pomLines.findIndexOf { it.contains('<version>3.0.0-SNAPSHOT</version>') } + 1
assert allowed.fix.contains('-Dgatekeeper.releasePlan.allowedSnapshots=')
return true
