import dev.gatekeeper.it.Evidence
import java.time.Instant

def log = new File(basedir, 'build.log').text
assert log =~ /(?m)^\[INFO\] snapshot: runs in the background; the verdict waits for it$/
assert log =~ /verdict: snapshot:scan\s+\S+\s+PASS/
assert log =~ /verdict: certify\s+\S+\s+PASS/
// the gate-time line gives the sum and, beside it, the shorter time the overlapping gates took on the clock
assert log =~ /verdict: gate time \d+\.\d s \(gates ran side by side: \d+\.\d s from the first gate's start to the last one's end\), of it Gatekeeper's own code/

def results = Evidence.of(basedir).results
def interval = { r -> def start = Instant.parse(r.startedAt).toEpochMilli(); [start, start + r.durationMillis] }
def (snapshotStart, snapshotEnd) = interval(results.find { it.gate == 'snapshot' })
def (certifyStart, certifyEnd) = interval(results.find { it.gate == 'certify' })
assert snapshotEnd - snapshotStart >= 3000 && certifyEnd - certifyStart >= 3000
// the two gates ran at the same time for most of their three seconds
def overlap = Math.min(snapshotEnd, certifyEnd) - Math.max(snapshotStart, certifyStart)
assert overlap >= 1500 : "snapshot ${snapshotStart}..${snapshotEnd} and certify ${certifyStart}..${certifyEnd} overlap ${overlap} ms"
return true
