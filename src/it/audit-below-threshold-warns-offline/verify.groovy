import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text

// both builds (the second with Maven offline) warn and pass
assert (log =~ /audit: WARN in \d[\d. a-z]* - org\.apache\.commons:commons-text:1\.9 has CVE-2022-42889 \(CVSS 9\.8 v3\.1, CRITICAL\), below the threshold 9\.9/).count == 2
assert (log =~ /verdict: audit\s+audit-below-threshold-warns-offline\s+WARN/).count == 2
assert (log =~ /BUILD SUCCESS/).count == 2
assert !log.contains('requires online mode')

def audit = new JsonSlurper().parse(new File(basedir, 'target/gatekeeper/evidence.json')).results.find { it.gate == 'audit' }
assert audit.status == 'WARN'
def sarif = new JsonSlurper().parse(new File(basedir, 'target/gatekeeper/gatekeeper.sarif'))
assert sarif.runs[0].results[0].level == 'warning'
return true
