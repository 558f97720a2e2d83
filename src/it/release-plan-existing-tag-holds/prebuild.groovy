import dev.gatekeeper.core.ScratchRepository

// 1.2.0 was tagged on an earlier commit; HEAD is one commit further and still plans 1.2.0
def repo = ScratchRepository.forIntegrationTest(basedir)
def tagged = repo.commitAll('release 1.2.0')
repo.tag('v1.2.0', true)
repo.write('README.md', 'work after the tag\n')
repo.commitAll('after 1.2.0')
repo.close()
repo.write('target/tagged-commit.txt', tagged.name())
return true
