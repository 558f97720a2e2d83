import dev.gatekeeper.core.ScratchRepository
import java.nio.file.Files
import java.security.MessageDigest

// Markdown no person writes: 50,000 nested block quotes (a stack overflow in a recursive visitor),
// a doc that is a link to a file outside the project, and a link text with terminal escape sequences.
new File(basedir, 'docs').mkdirs()
new File(basedir, 'docs/nested.md').text = '# Nested\n\n' + ('> ' * 50000) + '[deep](missing.md)\n'
new File(basedir, 'docs/escapes.md').text = '# Escapes\n\n[t\u001b]0;pwned\u0007\u001b[2J](gone\u001b[31m.md)\n'
def outside = new File(basedir.parentFile, 'hostile-outside-secret.md')
outside.text = '# s3cretHeading\n\n[s3cretLink](s3cret-target.md)\n'
Files.createSymbolicLink(new File(basedir, 'NOTES.md').toPath(), outside.toPath())

def repo = ScratchRepository.forIntegrationTest(basedir)
repo.commitAll('hostile docs')
repo.close()

// What the project holds outside target/ before the build: verify.groovy compares.
def digest = { File f -> MessageDigest.getInstance('SHA-256').digest(f.bytes).encodeHex().toString() }
def lines = []
basedir.eachFileRecurse { File f ->
    def rel = basedir.toPath().relativize(f.toPath()).toString()
    if (rel == 'target' || rel.startsWith('target/') || rel == 'build.log' || rel.startsWith('.git/')) return
    lines << (Files.isSymbolicLink(f.toPath()) ? "${rel} -> ${Files.readSymbolicLink(f.toPath())}"
            : f.isFile() ? "${rel} ${digest(f)}" : "${rel}/")
}
new File(basedir, 'target').mkdirs()
new File(basedir, 'target/hostile-tree-before.txt').text = lines.sort().join('\n')
def home = new File(basedir.parentFile.parentFile, 'it-hostile-home')
home.deleteDir()
home.mkdirs()
return true
