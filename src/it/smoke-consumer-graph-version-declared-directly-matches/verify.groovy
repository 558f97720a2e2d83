import dev.gatekeeper.it.Evidence

def log = new File(basedir, 'build.log').text

// lib-b declared in the module: its consumers get the parent's 2.0 too, even under consumerGraph=HOLD
assert log =~ /smoke: publish: PASS in \d[\d. a-z]* - publishable; resolves from a clean repository with 2 runtime dependencies; consumers get the tested graph/
assert log =~ /verdict: smoke:publish\s+cli\s+PASS\s/
assert !log.contains('SMOKE_CONSUMER_GRAPH_DIFFERS')
assert log.contains('BUILD SUCCESS')

def publish = Evidence.of(basedir).results.find { it.gate == 'smoke' && it.subject == 'publish' && it.module.endsWith(':cli') }
assert publish.status == 'PASS'
assert !publish.findings.any { it.code == 'SMOKE_CONSUMER_GRAPH_DIFFERS' }
def same = publish.findings.find { it.code == 'SMOKE_CONSUMER_GRAPH_MATCHES' }
assert same : "the comparison is recorded: ${publish.findings*.code}"
assert same.message == 'A consumer of dev.gatekeeper.it:cli:1.0.0 gets the runtime graph its tests ran with: 2 artifacts, the same versions'
def installed = publish.findings.find { it.code == 'SMOKE_INSTALLED' }
assert installed.detail.contains('lib-b-2.0.jar') && !installed.detail.contains('lib-b-1.0.jar')
return true
