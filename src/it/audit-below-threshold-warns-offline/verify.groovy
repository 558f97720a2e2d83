import dev.gatekeeper.it.Evidence

def log = new File(basedir, 'build.log').text

// both builds (the second with Maven offline) warn and pass
assert (log =~ /audit: WARN in \d[\d. a-z]* - org\.apache\.commons:commons-text:1\.9 has CVE-2022-42889 \(CVSS 9\.8 v3\.1, CRITICAL\), below the threshold 9\.9/).count == 2
assert (log =~ /verdict: audit\s+audit-below-threshold-warns-offline\s+WARN/).count == 2
assert (log =~ /BUILD SUCCESS/).count == 2
assert !log.contains('requires online mode')

def audit = Evidence.of(basedir).results.find { it.gate == 'audit' }
assert audit.status == 'WARN'
// Dependency-Check's scan is tool time; the rest of the gate is Gatekeeper's own.
assert audit.toolTimes['dependency-check'] > 0 : "Dependency-Check's time is recorded: ${audit.toolTimes}"
assert audit.toolMillis >= audit.toolTimes['dependency-check']
assert audit.toolMillis <= audit.durationMillis : "tool time ${audit.toolMillis} ms within the gate's ${audit.durationMillis} ms"
assert (log =~ /verdict: gate time \d[\d.]* (ms|s|min), of it Gatekeeper's own code \d[\d.]* (ms|s) \(\d+\.\d %\); tools: dependency-check /).count == 2
def sarif = Evidence.read(new File(basedir, 'target/gatekeeper/gatekeeper.sarif'))
assert sarif.runs[0].results[0].level == 'warning'
return true
