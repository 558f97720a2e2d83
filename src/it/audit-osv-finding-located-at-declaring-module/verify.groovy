import dev.gatekeeper.it.Evidence

def log = new File(basedir, 'build.log').text

// The line of the <dependency> element declaring artifactId in a module's POM.
def declarationLine = { String pom, String artifactId ->
    def lines = new File(basedir, pom).readLines()
    int at = lines.findIndexOf { it.contains("<artifactId>${artifactId}</artifactId>") }
    assert at > 0 : "${pom} declares ${artifactId}"
    return (at..0).find { lines[it].contains('<dependency>') } + 1
}
int textKitLine = declarationLine('m3/pom.xml', 'text-kit')
int starterLine = declarationLine('m3/pom.xml', 'web-starter')
int logKitLine = declarationLine('pom.xml', 'log-kit')

def g = 'dev.gatekeeper.it.osvloc'
// the log: the path in the message, the module's POM line under it (not the root pom.xml)
def located = { String message, String at -> log.contains(message + ' (AUDIT_VULNERABILITY)\n[ERROR]   at ' + at + '\n') }
def yamlMessage = "${g}:yaml-parser:1.29 has GKIT-2026-0002 (CVSS 9.8 v3.1, CRITICAL) via m3 → ${g}:web-starter:2.6.5 → ${g}:yaml-parser:1.29"
def textMessage = "${g}:text-kit:1.9 has GKIT-2026-0001 (CVSS 9.8 v3.1, CRITICAL) in m3"
assert located(yamlMessage, "m3/pom.xml:${starterLine}")
assert located(textMessage, "m3/pom.xml:${textKitLine}")
// inherited from the reactor's parent POM: the parent's line, at the first module that has it (the parent itself)
assert located("${g}:log-kit:1.2.17 has GKIT-2026-0004 (CVSS 9.8 v3.1, CRITICAL) in audit-osv-finding-located-at-declaring-module", "pom.xml:${logKitLine}")
assert !log.contains('  at pom.xml\n')
assert log.contains('BUILD FAILURE')

// the evidence: each vulnerability once, located in m3, the whole path and the other module that has it
def audit = Evidence.of(basedir).results.find { it.gate == 'audit' }
assert audit.status == 'FAIL'
assert audit.inputs['scopes'] == 'compile,runtime'
def findings = audit.findings.findAll { it.code == 'AUDIT_VULNERABILITY' }
assert findings.size() == 3
def yaml = findings.find { it.ruleId == 'GKIT-2026-0002' }
assert yaml.file == 'm3/pom.xml'
assert yaml.line == starterLine
assert yaml.attributes.module == 'm3'
assert yaml.attributes.path == "m3 → ${g}:web-starter:2.6.5 → ${g}:yaml-parser:1.29".toString()
assert yaml.attributes.declaredAt == "m3/pom.xml:${starterLine}".toString()
assert yaml.attributes.otherModules == 'm4'
assert yaml.attributes.scope == 'compile'
def text = findings.find { it.ruleId == 'GKIT-2026-0001' }
assert text.file == 'm3/pom.xml'
assert text.line == textKitLine
assert text.attributes.path == "m3 → ${g}:text-kit:1.9".toString()
assert !text.attributes.containsKey('otherModules')
def logKit = findings.find { it.ruleId == 'GKIT-2026-0004' }
assert logKit.file == 'pom.xml'
assert logKit.line == logKitLine
assert logKit.attributes.otherModules == 'm1,m3,m4'
assert !logKit.attributes.containsKey('inheritedFrom')

// SARIF: the module's POM relative to the execution root, and the declaring line
def results = Evidence.read(new File(basedir, 'target/gatekeeper/gatekeeper.sarif')).runs[0].results
assert results.size() == 3
def yamlResult = results.find { it.ruleId == 'GKIT-2026-0002' }
assert yamlResult.locations[0].physicalLocation.artifactLocation.uri == 'm3/pom.xml'
assert yamlResult.locations[0].physicalLocation.region.startLine == starterLine
assert yamlResult.properties.path == yaml.attributes.path
def textResult = results.find { it.ruleId == 'GKIT-2026-0001' }
assert textResult.locations[0].physicalLocation.region.startLine == textKitLine
return true
