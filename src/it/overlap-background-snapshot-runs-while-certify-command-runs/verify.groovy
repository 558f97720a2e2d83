import dev.gatekeeper.it.Evidence
import java.time.Instant

// run 2, with gatekeeper.overlap=false: one gate after the other
def run2 = new File(basedir, 'build.log').text.split('BUILD SUCCESS')[1]
assert !run2.contains('runs in the background')
assert run2 =~ /verdict: READY: 2 passed/
assert run2 =~ /verdict: gate time \d+\.\d s, of it/

def results = Evidence.of(basedir).results
assert results.every { it.reusedFrom == null }
def snapshot = results.find { it.gate == 'snapshot' }
def certify = results.find { it.gate == 'certify' }
def snapshotEnd = Instant.parse(snapshot.startedAt).toEpochMilli() + snapshot.durationMillis
assert Instant.parse(certify.startedAt).toEpochMilli() >= snapshotEnd
return true
