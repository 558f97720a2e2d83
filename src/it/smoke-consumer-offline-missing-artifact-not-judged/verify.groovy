import dev.gatekeeper.it.Evidence

def log = new File(basedir, 'build.log').text

// offline, the consumer needs lib-b 1.0, which is not in the local repository: not judged, never a FAIL that blames the POM
assert !log.contains('SMOKE_CONSUMER_RESOLUTION_FAILED')
assert !log.contains('Fix the dependencies of the published POM')
assert log =~ /verdict: smoke:publish\s+cli\s+WARN\s.*Not judged offline: dev\.gatekeeper\.it\.cgoff:lib-b:1\.0, which a consumer/
assert log.contains('Not judged offline: dev.gatekeeper.it.cgoff:lib-b:1.0, which a consumer of dev.gatekeeper.it:cli:1.0.0 needs, is not in the local repository')
assert log =~ /verdict: READY/
assert log.contains('BUILD SUCCESS')

def publish = Evidence.of(basedir).results.find { it.gate == 'smoke' && it.subject == 'publish' && it.module.endsWith(':cli') }
assert publish.status == 'WARN'
assert !publish.findings.any { it.severity in ['FAIL', 'HOLD', 'ERROR'] }
def notJudged = publish.findings.find { it.code == 'SMOKE_CONSUMER_NOT_JUDGED_OFFLINE' }
assert notJudged : "its own code: ${publish.findings*.code}"
assert notJudged.severity == 'WARN'
assert notJudged.attributes.missing == 'dev.gatekeeper.it.cgoff:lib-b:1.0'
// the way to judge it: run once online, or fetch what is missing
assert notJudged.fix.contains('mvn dependency:get -Dartifact=dev.gatekeeper.it.cgoff:lib-b:1.0')
assert notJudged.fix.contains('without -o')
// no graph comparison without the consumer's graph
assert !publish.findings.any { it.code.startsWith('SMOKE_CONSUMER_GRAPH') }
return true
