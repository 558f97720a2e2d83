import dev.gatekeeper.core.ScratchRepository

// Its own repository: the docs gate finds the repository root from the module's directory.
def repo = ScratchRepository.forIntegrationTest(basedir)
repo.commitAll('plugin with its goals and parameters in the README')
repo.close()

// The change under review: a new parameter, and the README not updated.
def mojo = new File(basedir, 'src/main/java/com/example/plugin/GreetMojo.java')
mojo.text = mojo.text.replace('''    @Override''', '''    /** Shout the greeting. */
    @Parameter(property = "tiny.loud", defaultValue = "false")
    private boolean loud;

    @Override''')
assert mojo.text.contains('tiny.loud')
return true
