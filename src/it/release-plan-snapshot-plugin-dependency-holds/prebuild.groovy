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

def repo = ScratchRepository.forIntegrationTest(basedir)
repo.commitAll('1.2.0')
repo.close()
return true
