import dev.gatekeeper.core.ScratchRepository

// The IT gets its own repository: without it, the gate would judge the enclosing Gatekeeper checkout.
def repo = ScratchRepository.forIntegrationTest(basedir, '*.tmp')
repo.commitAll('fixtures as committed')
repo.close()

// the change: a new fixture nobody committed ...
new File(basedir, 'src/test/fixtures/new-case.json').text = '{"case": "new"}\n'
// ... an ignored scratch file beside it, and an edit outside the fixture paths: neither is drift
new File(basedir, 'src/test/fixtures/scratch.tmp').text = 'scratch\n'
new File(basedir, 'README.md').text = '# Untracked fixture IT, edited\n'
return true
