import dev.gatekeeper.it.Evidence

// After run 2 (update): the block was rewritten and the run passed.
def log = new File(basedir, 'build.log').text
assert log.contains("docs: rewrote surface 'cli-help' in README.md:7")
def docs = Evidence.of(basedir).results.find { it.gate == 'docs' }
assert docs.status == 'PASS'
assert docs.findings*.code == ['DOCS_SURFACE_UPDATED']
assert docs.findings[0].severity == 'PASS'
assert docs.findings[0].file == 'README.md'
assert docs.findings[0].line == 7
assert new File(basedir, 'README.md').text.contains('  --format=FORMAT  json or text')
return true
