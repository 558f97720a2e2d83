import dev.gatekeeper.it.Evidence

def log = new File(basedir, 'build.log').text
def evidenceDir = new File(basedir, 'target/gatekeeper')
def expected = [
    'Project name is missing',
    'Project description is missing',
    'Project URL is not defined',
    'License information is missing',
    'Developers information is missing',
    'SCM URL is not defined',
    'SCM connection is not defined',
]

expected.each { assert log.contains(it) : "the log says '${it}'" }
assert log =~ /verdict: smoke:publish\s+smoke-missing-central-metadata-listed\s+HOLD\s/
assert log =~ /verdict: HOLD/
assert log.contains('BUILD FAILURE')

def evidence = Evidence.of(basedir)
def publish = evidence.results.find { it.gate == 'smoke' && it.subject == 'publish' }
assert publish.status == 'HOLD'
def missing = publish.findings.findAll { it.code == 'SMOKE_METADATA_MISSING' }
assert missing*.message.sort() == expected.sort() : 'one finding per missing field, and no other'
assert missing.every { it.severity == 'HOLD' && it.file == 'pom.xml' && it.fix.startsWith('Add <') }
return true
