import dev.gatekeeper.it.Evidence

def run2 = new File(basedir, 'build.log').text.split('BUILD SUCCESS')[1]
for (name in ['scan', 'scan-to-file']) {
    assert run2 =~ /(?m)^\[INFO\] snapshot: ${name}: PASS reused - inputs unchanged since /
}
assert !run2.contains('snapshot: scan: started')
assert !run2.contains('run 1 of 2')
def results = Evidence.of(basedir).results
assert results.size() == 2 && results.every { it.gate == 'snapshot' && it.reusedFrom != null }

// the product changes: same output, other code
def scanner = new File(basedir, 'src/main/java/com/example/scan/Scanner.java')
scanner.text = scanner.text.replace('private Scanner() {}', 'private Scanner() {}\n\n    static final String EDITION = "2";')
assert scanner.text.contains('EDITION')
return true
