import dev.gatekeeper.core.ScratchRepository

// The snippet is read from the repository's docs/setup.md at build time, so this IT fails as soon as
// the snippet stops working as pasted. The IT runs in gatekeeper-maven-plugin/target/it/<name>: the
// repository root is the nearest directory above with docs/setup.md.
def root = basedir.canonicalFile.parentFile
while (root != null && !new File(root, 'docs/setup.md').isFile()) {
    root = root.parentFile
}
assert root != null : "no docs/setup.md above ${basedir}"
def setup = new File(root, 'docs/setup.md').getText('UTF-8')
def block = (setup =~ /(?s)```xml\n(<profiles>.*?<\/profiles>)\n```/)
assert block.find() : 'docs/setup.md has no ```xml block with the <profiles> snippet'
def snippet = block.group(1)

// the snippet's version of Gatekeeper is the plugin under test: pasted now, it resolves
def pom = new File(basedir, 'pom.xml')
def text = pom.getText('UTF-8')
def underTest = (text =~ /<gatekeeper.it.pluginVersion>([^<]+)</)[0][1]
def pasted = (snippet =~ /(?s)<artifactId>gatekeeper-maven-plugin<\/artifactId>\s*<version>([^<]+)<\/version>/)
assert pasted.find() : 'the snippet names no version of gatekeeper-maven-plugin'
assert pasted.group(1) == underTest : "docs/setup.md pastes gatekeeper-maven-plugin ${pasted.group(1)}, the plugin under test is ${underTest}"

def marker = (text =~ /(?m)^\s*<!-- SETUP-SNIPPET:.*-->\s*$/)
assert marker.find()
pom.setText(text.substring(0, marker.start()) + '\n' + snippet + '\n' + text.substring(marker.end()), 'UTF-8')

def repo = ScratchRepository.forIntegrationTest(basedir)
repo.commitAll('a one-class project with the merge-ready profile of docs/setup.md')
repo.close()
return true
