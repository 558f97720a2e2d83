import dev.gatekeeper.core.ScratchRepository

// Released as 1.4.0; then the maintenance line 1.5.x was tagged (as spring-petclinic tags it): a branch, not a release.
// 1.5.0 is planned on main. Before issue 21, 1.5.x was "the latest release tag", decided the tag format, and
// 1.5.0 was held for not moving past it (Maven orders 1.5.x after 1.5.0).
def repo = ScratchRepository.forIntegrationTest(basedir)
repo.commitAll('release 1.4.0')
repo.tag('1.4.0', true)
repo.write('README.md', 'the 1.5 maintenance line\n')
repo.commitAll('the 1.5 line')
repo.tag('1.5.x', false)
repo.write('README.md', 'work for 1.5.0\n')
repo.commitAll('1.5.0 work')
repo.close()
return true
