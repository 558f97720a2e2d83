import dev.gatekeeper.core.ScratchRepository

// 1.1.0 was released from an earlier commit; HEAD on main plans 1.2.0 and everything is committed, but the
// changelog has no section for 1.2.0. release:prepare would push to a bare repository inside the project (ignored).
def repo = ScratchRepository.forReleasePluginIntegrationTest(basedir)
repo.commitAll('release 1.1.0')
repo.tag('v1.1.0', true)
repo.write('README.md', 'the app, planned for 1.2.0\n')
repo.commitAll('1.2.0 work')
repo.close()
return true
