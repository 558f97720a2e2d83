import dev.gatekeeper.it.SharedSources
import java.nio.file.Files

// the product under test, com.example.scan.Scanner, is the one every snapshot IT shares: src/it/shared/scanner
SharedSources.copy(sharedSources, 'scanner', basedir)

// A file outside the project (next to it), standing for /etc/passwd, and a committed link to it.
def outside = new File(basedir.parentFile, basedir.name + '-outside')
outside.mkdirs()
def passwd = new File(outside, 'passwd')
passwd.text = 'root:x:0:0:gatekeeper-it-secret:/root:/bin/bash\n'
def link = new File(basedir, 'src/test/snapshots/linked/profile-a.json')
link.parentFile.mkdirs()
Files.deleteIfExists(link.toPath())
Files.createSymbolicLink(link.toPath(), passwd.toPath())
return true
