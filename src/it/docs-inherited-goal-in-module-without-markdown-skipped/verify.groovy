import dev.gatekeeper.it.Evidence

def log = new File(basedir, 'build.log').text

assert log.contains('BUILD SUCCESS')
// the module that only inherits the goal has nothing to judge: SKIPPED, saying why, with no fix to act on
assert log.contains("docs: SKIPPED in ")
assert log =~ /verdict: docs\s+core\s+SKIPPED\s+.*no Markdown files: none under core matches \[\*\.md\]/
// the parent's own docs are checked
assert log =~ /verdict: docs\s+docs-inherited-goal-in-module-without-markdown-skipped\s+PASS/
// the module that configured its own paths, which match nothing, is warned, and the message names its directory
assert log =~ /verdict: docs\s+guide\s+WARN\s+\d+ ms\s+No Markdown file under guide matches \[manual\/\*\.md\]/
assert !log.contains('under  matches')
assert !log.contains('remove the goal')

def results = Evidence.of(basedir).results.findAll { it.gate == 'docs' }
def core = results.find { it.module.endsWith(':core') }
assert core.status == 'SKIPPED'
assert core.summary == 'no Markdown files: none under core matches [*.md]'
assert !core.findings
def guide = results.find { it.module.endsWith(':guide') }
assert guide.status == 'WARN'
assert guide.findings*.code == ['DOCS_NO_FILES']
assert guide.findings[0].fix.contains('<includes>')
assert new File(basedir, 'core/target/gatekeeper/results/docs.json').isFile()
return true
