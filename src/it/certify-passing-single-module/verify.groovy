import java.util.regex.Pattern
import dev.gatekeeper.it.Evidence
import groovy.xml.XmlSlurper

def log = new File(basedir, 'build.log').text
def evidenceDir = new File(basedir, 'target/gatekeeper')

assert log =~ (/certify: PASS in \d[\d. a-z]* - / + Pattern.quote('2 tests passed')) : 'certify should pass with the two tests it saw'
def progress = log.readLines().findAll { it.contains('] certify: started') || it.contains('] certify: PASS in ') }
assert progress.size() == 2 && progress[0] == '[INFO] certify: started' : "a start line, then the end line: ${progress}"
assert !log.contains('\u001b[') : 'no ANSI colours in a batch-mode log'
assert log =~ /verdict: certify\s+certify-passing-single-module\s+PASS/ : 'verdict table row for certify'
assert log =~ /verdict: READY/ : 'verdict line'
assert log.contains('BUILD SUCCESS')

def evidence = Evidence.of(basedir)
assert evidence.schemaVersion == '1.3'
assert evidence.outcome == 'READY'
assert evidence.results.size() == 1
def certify = evidence.results[0]
assert certify.gate == 'certify'
assert certify.module == 'dev.gatekeeper.it:certify-passing-single-module'
assert certify.status == 'PASS'
assert certify.inputs.keySet().any { it.contains('TEST-com.example.GreeterTest.xml') } : 'the report judged is recorded as an input'
// Reading surefire reports runs no tool: the gate's whole time is Gatekeeper's own.
assert certify.toolMillis == 0 : "no tool time without a configured command: ${certify.toolMillis}"
assert certify.toolTimes == null
assert certify.durationMillis >= certify.toolMillis
assert evidence.verdict.durationMillis instanceof Integer && evidence.verdict.durationMillis >= 0 : "the verdict's own duration: ${evidence.verdict}"
assert log =~ /\[INFO\] verdict: gate time \d[\d.]* (ms|s), of it Gatekeeper's own code \d[\d.]* (ms|s) \(100\.0 %\)\r?\n/ : 'the gate-time line'
assert new File(evidenceDir, 'summary.md').text =~ /Gate time \d[\d.]* (ms|s), of it Gatekeeper's own code/

def junit = new XmlSlurper().parse(new File(evidenceDir, 'TEST-gatekeeper.xml'))
assert junit.@tests.text() == '1'
assert junit.@failures.text() == '0'
assert new File(evidenceDir, 'summary.md').text.contains('READY')
def report = new File(evidenceDir, 'report.html').text
assert report.contains('<span class="word">READY</span>')
assert report.contains('<a href="#result-1">certify</a>')
return true
