import dev.gatekeeper.core.ScratchRepository

// Two old tags in the release plugin's default shape (from before the parent set tagNameFormat), and v1.2.0:
// counting alone would keep the default, under which 1.2.0 is untagged; the parent's tagNameFormat says v1.2.0 is it.
def repo = ScratchRepository.forIntegrationTest(basedir)
repo.commitAll('0.1')
repo.tag('app-0.1', false)
repo.write('README.md', '0.2\n')
repo.commitAll('0.2')
repo.tag('app-0.2', false)
repo.write('README.md', '1.2.0\n')
repo.commitAll('1.2.0')
repo.tag('v1.2.0', true)
repo.write('README.md', 'after 1.2.0\n')
repo.commitAll('after 1.2.0')
repo.close()
return true
