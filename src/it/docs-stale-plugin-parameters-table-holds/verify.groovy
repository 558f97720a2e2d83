import dev.gatekeeper.it.Evidence

def log = new File(basedir, 'build.log').text
assert log =~ /verdict: docs\s+docs-stale-plugin-parameters-table-holds\s+HOLD/
assert log.contains('BUILD FAILURE')
assert log.contains("docs: README.md:17: The block of surface 'greet-parameters' differs from its current content (1 changed line)")
assert log.contains('docs: +| `loud` | boolean | `tiny.loud` | `false` | Shout the greeting. |')

def docs = Evidence.of(basedir).results.find { it.gate == 'docs' }
assert docs.status == 'HOLD'
def located = docs.findings.collect { "${it.code} ${it.file}:${it.line}".toString() } as Set
// the goals table is still in sync; the parameters table is stale, and the new parameter is nowhere in the prose
assert located == ['DOCS_SURFACE_STALE README.md:17', 'DOCS_UNDOCUMENTED_PARAMETER README.md:17'] as Set
def stale = docs.findings.find { it.code == 'DOCS_SURFACE_STALE' }
assert stale.detail.contains('+++ current greet-parameters')
// the committed table was exactly what the renderer made of the old plugin: only the new row differs
assert stale.detail.readLines().findAll { it =~ /^[-+][^-+]/ } == ['+| `loud` | boolean | `tiny.loud` | `false` | Shout the greeting. |']
def undocumented = docs.findings.find { it.code == 'DOCS_UNDOCUMENTED_PARAMETER' }
assert undocumented.message == "The parameter 'loud' of tiny:greet (user property tiny.loud) of surface 'greet-parameters' is not mentioned in the docs (outside generated blocks)"
// without the update flag the README is untouched
assert !new File(basedir, 'README.md').text.contains('loud')
return true
