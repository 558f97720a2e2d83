import dev.gatekeeper.it.Evidence
import java.nio.file.Files
import java.security.MessageDigest

def log = new File(basedir, 'build.log').text

// (a) each hostile input is named
assert log.contains('NOTES.md leads through a symbolic link to ') && log.contains('it was not read')
assert log =~ /README.md:3: Link '[^']*etc\/passwd' leads outside the repository/
assert log.contains('docs/nested.md')
// (b) no stack trace, no exception class, no escape sequence, nothing of the file outside
assert !log.contains('\tat ') && !(log =~ /\b(?:[a-z_$][\w$]*\.)+[A-Z][\w$]*(?:Exception|Error)\b/) : 'no stack trace for bad input'
assert !log.contains('\u001b]0;') && !log.contains('\u0007') : 'no terminal escape from a doc reaches the log'
assert !log.contains('s3cret')
assert log =~ /verdict: docs\s+hostile-markdown-holds-with-evidence-and-writes-nothing-outside-target\s+ERROR/

// (c) the evidence is written and parses
def evidenceFile = new File(basedir, 'target/gatekeeper/evidence.json')
assert evidenceFile.isFile()
def evidence = Evidence.read(evidenceFile)
def docs = evidence.results.find { it.gate == 'docs' }
assert docs.findings.any { it.code == 'DOCS_READ_OUTSIDE' && it.file == 'NOTES.md' }
assert docs.findings.any { it.code == 'DOCS_LINK_OUTSIDE_REPOSITORY' && it.file == 'README.md' }
assert !evidenceFile.text.contains('s3cret') && !evidenceFile.text.contains('\\u001b')

// (d) nothing outside target/ was written, in the project or in the user's home
def digest = { File f -> MessageDigest.getInstance('SHA-256').digest(f.bytes).encodeHex().toString() }
def lines = []
basedir.eachFileRecurse { File f ->
    def rel = basedir.toPath().relativize(f.toPath()).toString()
    if (rel == 'target' || rel.startsWith('target/') || rel == 'build.log' || rel.startsWith('.git/')) return
    lines << (Files.isSymbolicLink(f.toPath()) ? "${rel} -> ${Files.readSymbolicLink(f.toPath())}"
            : f.isFile() ? "${rel} ${digest(f)}" : "${rel}/")
}
assert lines.sort().join('\n') == new File(basedir, 'target/hostile-tree-before.txt').text
def home = new File(basedir.parentFile.parentFile, 'it-hostile-home')
def written = []
home.eachFileRecurse { written << home.toPath().relativize(it.toPath()).toString() }
assert written.isEmpty() : "written to the user's home: ${written}"
return true
