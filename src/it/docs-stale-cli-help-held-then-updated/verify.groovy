import dev.gatekeeper.it.Evidence

// After run 3 (plain): in sync, and nothing outside the block changed, byte for byte.
def log = new File(basedir, 'build.log').text
assert log.count('BUILD FAILURE') == 1
assert log.count('BUILD SUCCESS') == 2
assert log =~ /verdict: docs\s+docs-stale-cli-help-held-then-updated\s+PASS\s.*1 file: 0 links, 0 path references, 1 surface in sync/

def docs = Evidence.of(basedir).results.find { it.gate == 'docs' }
assert docs.status == 'PASS'
assert !docs.findings

String open = '<!-- gatekeeper:surface cli-help -->\r\n'
String close = '<!-- /gatekeeper:surface -->'
String before = new String(new File(basedir, 'target/README.md.before').bytes, 'UTF-8')
String after = new String(new File(basedir, 'README.md').bytes, 'UTF-8')
assert after.substring(0, after.indexOf(open) + open.length()) == before.substring(0, before.indexOf(open) + open.length())
assert after.substring(after.indexOf(close)) == before.substring(before.indexOf(close))
assert after.endsWith('Last line without a newline\t')
String block = after.substring(after.indexOf(open) + open.length(), after.indexOf(close))
assert block == '\r\n```text\r\nUsage: tool [options] <input>\r\n\r\nOptions:\r\n  --verbose        print more\r\n' +
        '  --format=FORMAT  json or text\r\n  --help           show this help\r\n```\r\n\r\n'
return true
