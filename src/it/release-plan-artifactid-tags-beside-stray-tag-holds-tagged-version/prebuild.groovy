import dev.gatekeeper.core.ScratchRepository

// A library released with the maven-release-plugin's default tag names (<artifactId>-<version>), beside
// a stray tag from before it had them: the shape of the real library in issue 15.
def repo = ScratchRepository.forIntegrationTest(basedir)
repo.write('README.md', 'the very first version\n')
repo.commitAll('1.0, before the release plugin')
repo.tag('1.0', false)
['2.0.0', '2.1.0', '2.2.0', '2.3.0', '2.3.1'].each { version ->
    repo.write('README.md', "mylib ${version}\n")
    def commit = repo.commitAll("release ${version}")
    repo.tag("mylib-${version}", true)
    if (version == '2.3.1') {
        repo.write('target/tagged-commit.txt', commit.name())
    }
}
repo.write('README.md', 'work after 2.3.1\n')
repo.commitAll('after 2.3.1')
repo.close()
return true
