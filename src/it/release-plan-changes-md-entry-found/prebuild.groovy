import dev.gatekeeper.core.ScratchRepository

// A project whose changelog is CHANGES.md (no CHANGELOG.md), with a section "## 1.2.0 (pending)"
def repo = ScratchRepository.forIntegrationTest(basedir)
repo.commitAll('release 1.1.0')
repo.tag('v1.1.0', true)
repo.write('README.md', 'work for 1.2.0\n')
repo.commitAll('1.2.0 work')
repo.close()
return true
