import dev.gatekeeper.core.ScratchRepository

// An imported BOM is read while Maven builds the project, so it must exist: a SNAPSHOT BOM as
// `mvn install` of another project would leave it, in the ITs' local repository.
def bomDirectory = new File(localRepositoryPath, 'dev/gatekeeper/it/release-plan-snapshot-bom/0.1.0-SNAPSHOT')
bomDirectory.mkdirs()
new File(bomDirectory, 'release-plan-snapshot-bom-0.1.0-SNAPSHOT.pom').text = '''<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>dev.gatekeeper.it</groupId>
  <artifactId>release-plan-snapshot-bom</artifactId>
  <version>0.1.0-SNAPSHOT</version>
  <packaging>pom</packaging>
</project>
'''

// Earlier releases of the SNAPSHOT plugin dependency, as a build that used them leaves them in the local repository,
// plus a directory without a POM (a failed download) for a version that must not be named.
['0.1.0', '0.1.1', '0.1.5'].each { version ->
    def directory = new File(localRepositoryPath, "dev/gatekeeper/it/release-plan-helper/${version}")
    directory.mkdirs()
    if (version != '0.1.5') {
        new File(directory, "release-plan-helper-${version}.pom").text = '<project><modelVersion>4.0.0</modelVersion></project>\n'
    }
}

def repo = ScratchRepository.forIntegrationTest(basedir)
repo.commitAll('1.2.0')
repo.close()
return true
