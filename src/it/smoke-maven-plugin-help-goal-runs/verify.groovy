import dev.gatekeeper.it.Evidence

def log = new File(basedir, 'build.log').text
def evidenceDir = new File(basedir, 'target/gatekeeper')
def goal = 'dev.gatekeeper.it:smoke-maven-plugin-help-goal-runs:1.0.0:help'

assert log =~ /smoke: publish: PASS in \d[\d. a-z]* - publishable; installed into a clean repository/
assert log.contains("running ${goal} from the clean repository on JDK 17")
assert log =~ /verdict: smoke:publish\s+smoke-maven-plugin-help-goal-runs\s+PASS\s/
assert log =~ /verdict: smoke:jdk-17\s+smoke-maven-plugin-help-goal-runs\s+PASS\s.*help goal ran on JDK 17/
assert log =~ /verdict: READY/
assert log.contains('BUILD SUCCESS')

def evidence = Evidence.of(basedir)
assert evidence.outcome == 'READY'
def lane = evidence.results.find { it.gate == 'smoke' && it.subject == 'jdk-17' }
assert lane.status == 'PASS'
def ran = lane.findings.find { it.code == 'SMOKE_ENTRY_POINT_PASSED' }
assert ran.message == "${goal} ran on JDK ${ran.attributes.jdk}".toString()
assert ran.attributes.command == "mvn ${goal}".toString()
// the help goal's own output, from the consumer build's log: the plugin resolved and loaded
assert ran.detail.contains('tiny:greet')
assert ran.detail.contains('BUILD SUCCESS')
return true
