import dev.gatekeeper.core.ScratchRepository

// The README is written here rather than kept in src/it: CRLF line ends, trailing white space and no
// final newline outside the block must survive the update byte for byte, whatever git does to src/it.
def lines = ['# tool', '', 'Intro with two trailing spaces  ', '', '## Usage', '',
             '<!-- gatekeeper:surface cli-help -->', '',
             '```text', 'Usage: tool [options] <input>', '', 'Options:',
             '  --verbose        print more', '  --help           show this help', '```',
             '', '<!-- /gatekeeper:surface -->', '',
             'The options are `--verbose` and `--help`.', 'Last line without a newline\t']
new File(basedir, 'README.md').bytes = lines.join('\r\n').getBytes('UTF-8')

// Its own repository: the docs gate finds the repository root from the module's directory.
def repo = ScratchRepository.forIntegrationTest(basedir)
repo.commitAll('tool with its help in the README')
repo.close()

// The change under review: a new option, and the README not updated.
def tool = new File(basedir, 'src/main/java/com/example/cli/Tool.java')
tool.text = tool.text.replace('System.out.println("  --help           show this help");',
        'System.out.println("  --format=FORMAT  json or text");\n            System.out.println("  --help           show this help");')
assert tool.text.contains('--format')
return true
