import dev.gatekeeper.it.Evidence

// Every secret the build could see: inherited from the CI environment, a server password of the Maven settings,
// or given as an argument after -p.
def secrets = [
    'ghp_Zq8d1XyR4mN7pL2vB9cT5wK3hJ6fG0aS1eU4',
    'Dpl0y-Pa55-7731',
    'npm_9fKx2LmQ7rT4vW8yZ1bC3dE5gH6jN0pS2uV4',
    'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    'sess-4f1e9c2a77b0',
    'S3cretArg',
    'Srv-Pa55w0rd-42',
]

def buildLog = new File(basedir, 'build.log')
def evidenceDir = new File(basedir, 'target/gatekeeper')
def log = buildLog.text

// the command did run with the secrets and its failure is evidence
assert log.contains('CERTIFY_COMMAND_FAILED')
assert log.contains('BUILD FAILURE')
def commandLog = new File(evidenceDir, 'certify/release-check.log')
assert commandLog.text.contains('deploy ****') : commandLog.text
assert log.contains('certify: running release-check: /bin/sh scripts/leak.sh -p ****') : 'the console shows the command with its -p value masked'

// no secret in the build log nor in any file under target/gatekeeper (evidence, report, SARIF, JUnit XML, summary, results, logs)
def files = [buildLog]
evidenceDir.eachFileRecurse(groovy.io.FileType.FILES) { files << it }
['evidence.json', 'report.html', 'TEST-gatekeeper.xml', 'gatekeeper.sarif', 'summary.md', 'results/certify.json'].each {
    assert files.contains(new File(evidenceDir, it)) : "${it} was not written"
}
files.each { file ->
    def text = file.getText('UTF-8')
    secrets.each { secret ->
        assert !text.contains(secret) : "${secret} leaked into ${file}"
    }
}

// the masks are where the secrets were, so a reader still sees what the command printed
def evidence = Evidence.of(basedir)
def failed = evidence.results.find { it.gate == 'certify' }.findings.find { it.code == 'CERTIFY_COMMAND_FAILED' }
assert failed.detail.contains('github ****')
assert failed.detail.contains('npm ****')
assert failed.detail.contains('aws_secret_access_key=****')
assert failed.detail.contains('arguments: -p ****')
assert failed.detail.contains('server company-releases ****')
return true
