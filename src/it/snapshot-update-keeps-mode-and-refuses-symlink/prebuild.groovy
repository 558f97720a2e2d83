import dev.gatekeeper.it.SharedSources
import java.nio.file.Files
import java.nio.file.attribute.PosixFilePermissions

// the product under test, com.example.scan.Scanner, is the one every snapshot IT shares: src/it/shared/scanner
SharedSources.copy(sharedSources, 'scanner', basedir)

// A committed snapshot that is group-writable, and one that is a link to another committed file.
def scan = new File(basedir, 'src/test/snapshots/scan/profile-a.json').toPath()
Files.setPosixFilePermissions(scan, PosixFilePermissions.fromString('rw-rw-r--'))
def link = new File(basedir, 'src/test/snapshots/linked/profile-a.json').toPath()
Files.createDirectories(link.parent)
Files.deleteIfExists(link)
Files.createSymbolicLink(link, link.parent.resolve('../shared/profile-a.json'))
return true
