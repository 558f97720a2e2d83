import dev.gatekeeper.it.Evidence

// After run 1: held, with the diff in the log and the evidence, and the README untouched.
def log = new File(basedir, 'build.log').text
assert log =~ /verdict: docs\s+docs-stale-cli-help-held-then-updated\s+HOLD/
assert log.contains("docs: README.md:7: The block of surface 'cli-help' differs from its current content (1 changed line)")
assert log.contains('docs: --- README.md')
assert log.contains('docs: +++ current cli-help')
assert log.contains('docs: +  --format=FORMAT  json or text')
assert log.contains("Run 'mvn verify -Pmerge-ready -Dgatekeeper.docs.update' to rewrite the block")

def docs = Evidence.of(basedir).results.find { it.gate == 'docs' }
assert docs.status == 'HOLD'
assert docs.findings.size() == 1
def stale = docs.findings[0]
assert stale.code == 'DOCS_SURFACE_STALE'
assert stale.file == 'README.md'
assert stale.line == 7
assert stale.detail.contains('+  --format=FORMAT  json or text')
assert !stale.detail.readLines().any { it.startsWith('-') && !it.startsWith('---') }
assert new File(basedir, 'target/gatekeeper/docs/README.md.cli-help.diff').text.contains('+  --format=FORMAT')

def readme = new File(basedir, 'README.md').text
assert !readme.contains('--format')
// kept for the final check, outside the repository's tracked files
new File(basedir, 'target/README.md.before').bytes = new File(basedir, 'README.md').bytes
return true
