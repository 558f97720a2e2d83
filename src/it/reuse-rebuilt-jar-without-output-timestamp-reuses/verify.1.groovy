import java.nio.file.Files
import java.nio.file.attribute.FileTime
import java.security.MessageDigest

// After run 1: both gates ran, passed and kept a reuse record.
def log = new File(basedir, 'build.log').text
assert log.contains('verdict: READY')
assert log =~ /(?m)^\[INFO\] smoke: publish: started$/
assert log =~ /(?m)^\[INFO\] sbom: started$/
assert !log.contains(' reused - ')
for (gate in ['smoke', 'sbom']) {
    assert new File(basedir, "target/gatekeeper/reuse/${gate}.json").isFile() : "${gate} kept its result for reuse"
}

// Keep run 1's jar bytes, then touch the source (same content, newer time) so that run 2, without
// clean, recompiles and packages again. Entry times have a 2-second resolution: let the clock move on.
def jar = new File(basedir, 'target/reuse-rebuilt-jar-without-output-timestamp-reuses-1.0.0.jar')
assert jar.isFile()
new File(basedir, 'run-1.jar').bytes = jar.bytes
Thread.sleep(2100)
def source = new File(basedir, 'src/main/java/com/example/tool/Main.java').toPath()
Files.setLastModifiedTime(source, FileTime.fromMillis(System.currentTimeMillis()))
return true
