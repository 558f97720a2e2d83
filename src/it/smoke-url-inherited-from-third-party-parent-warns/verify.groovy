import dev.gatekeeper.it.Evidence

def log = new File(basedir, 'build.log').text
def parent = 'org.example.framework:framework-starter-parent:2.0.0'

// a WARN, not a silent pass and not a hold: the url, description and developers describe the framework
assert log =~ /verdict: smoke:publish\s+widgets\s+WARN\s/
assert log =~ /verdict: READY/
assert log.contains('BUILD SUCCESS')

def evidence = Evidence.of(basedir)
def publish = evidence.results.find { it.gate == 'smoke' && it.subject == 'publish' }
assert publish.status == 'WARN'
def inherited = publish.findings.findAll { it.code == 'SMOKE_METADATA_INHERITED' }
assert inherited*.attributes*.element.sort() == ['<description>', '<developers>', '<url>'] : 'one finding per inherited element, no other'
assert inherited.every { it.severity == 'WARN' && it.attributes.parent == parent && it.message.contains(parent) && it.file == 'pom.xml' }
def url = inherited.find { it.attributes.element == '<url>' }
assert url.message.contains('https://framework.example.org')
assert url.fix.startsWith('Declare <url>') && url.fix.contains('pom.xml')
// its own licences and scm are its own; nothing is missing
assert !publish.findings.any { it.code == 'SMOKE_METADATA_MISSING' }
return true
