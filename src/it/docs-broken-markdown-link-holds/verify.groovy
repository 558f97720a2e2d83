import dev.gatekeeper.it.Evidence

def log = new File(basedir, 'build.log').text

assert log =~ /verdict: docs\s+docs-broken-markdown-link-holds\s+HOLD/
assert log.contains('BUILD FAILURE')
// each problem is logged with the doc and line it is on
assert log.contains("docs: README.md:9: Link 'CHANGELOG.md' points to CHANGELOG.md, which does not exist")
assert log.contains("docs: README.md:11: Link 'docs/guide.md#configuration' names the anchor 'configuration', but no heading of docs/guide.md has that id")

def docs = Evidence.of(basedir).results.find { it.gate == 'docs' }
assert docs.status == 'HOLD'
def located = docs.findings.collect { "${it.code} ${it.file}:${it.line}".toString() } as Set
assert located == [
        'DOCS_BROKEN_LINK README.md:9',
        'DOCS_BROKEN_ANCHOR README.md:11',
        'DOCS_FILE_URL README.md:13',
        'DOCS_LINK_OUTSIDE_REPOSITORY README.md:15',
        'DOCS_BROKEN_PATH_REFERENCE README.md:17',
] as Set
assert docs.findings.every { it.severity == 'HOLD' }
// the working links, paths and the anchor link of docs/guide.md are not reported
assert !docs.findings.any { it.file == 'docs/guide.md' || it.line in [5, 6, 7] }
def anchor = docs.findings.find { it.code == 'DOCS_BROKEN_ANCHOR' }
assert anchor.detail.contains('#install')
def path = docs.findings.find { it.code == 'DOCS_BROKEN_PATH_REFERENCE' }
assert path.message == 'The path `src/main/resources/app.properties` does not exist (src/main/resources/app.properties)'
assert path.fix.contains('<ignoredPaths>')
return true
