import dev.gatekeeper.it.Evidence

def log = new File(basedir, 'build.log').text

// one scan for the whole reactor, in whichever module got there last
assert (log =~ /audit: scanning the reactor's dependencies/).count == 1
assert (log =~ /verdict: audit\s/).count == 1
assert log =~ /verdict: audit\s+audit-multi-module-scanned-once\s+FAIL\s.*commons-text:1\.9 has CVE-2022-42889/
assert log.contains('BUILD FAILURE')

def evidence = Evidence.of(basedir)
def audits = evidence.results.findAll { it.gate == 'audit' }
assert audits.size() == 1
assert audits[0].module == 'dev.gatekeeper.it:audit-multi-module-scanned-once'
// the vulnerabilities of every module's dependencies, each once
def rules = audits[0].findings.findAll { it.code == 'AUDIT_VULNERABILITY' }.collect { it.ruleId + ' ' + it.attributes.dependency }.sort()
assert rules == ['CVE-2022-42889 org.apache.commons:commons-text:1.9', 'CVE-2025-99001 org.apache.commons:commons-lang3:3.12.0']
assert new File(basedir, 'target/gatekeeper/audit/dependency-check-report.json').isFile()
['core', 'app', 'web'].each { assert !new File(basedir, "${it}/target/gatekeeper/results/audit.json").exists() }
return true
