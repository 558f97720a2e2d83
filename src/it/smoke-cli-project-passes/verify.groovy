import dev.gatekeeper.it.Evidence
import groovy.xml.XmlSlurper
import java.time.Instant

def log = new File(basedir, 'build.log').text
def evidenceDir = new File(basedir, 'target/gatekeeper')

// the gate's own lines, then the verdict rows: one for the publish check, one per JDK lane
assert log =~ /smoke: publish: PASS in \d[\d. a-z]* - .*resolves from a clean repository with 2 runtime dependencies/
assert log =~ /verdict: smoke:publish\s+smoke-cli-project-passes\s+PASS\s.*resolves from a clean repository with 2 runtime dependencies/
assert log =~ /verdict: smoke:jdk-17\s+smoke-cli-project-passes\s+PASS\s.*java com\.example\.tool\.Main --help exited 0 on JDK 17/
assert log =~ /verdict: smoke:jdk-25\s+smoke-cli-project-passes\s+PASS\s.*java com\.example\.tool\.Main --help exited 0 on JDK 25/
assert log =~ /verdict: READY/
assert log.contains('BUILD SUCCESS')

def evidence = Evidence.of(basedir)
assert evidence.outcome == 'READY'
def smoke = evidence.results.findAll { it.gate == 'smoke' }
assert smoke*.subject.toSet() == ['publish', 'jdk-17', 'jdk-25'] as Set
assert smoke.every { it.status == 'PASS' }

def publish = smoke.find { it.subject == 'publish' }
def installed = publish.findings.find { it.code == 'SMOKE_INSTALLED' }
assert installed : 'the clean install is recorded'
assert installed.detail.contains('commons-text-1.9.jar')
assert installed.detail =~ /commons-lang3-[\d.]+\.jar/
assert !publish.findings.any { it.code == 'SMOKE_SOURCES_JAR_MISSING' } : 'the sources jar is attached'

['jdk-17', 'jdk-25'].each { lane ->
    def ran = smoke.find { it.subject == lane }.findings.find { it.code == 'SMOKE_ENTRY_POINT_PASSED' }
    assert ran : "the entry point ran on ${lane}"
    assert ran.detail.contains('Usage: tool [--help] <text>') : "the --help output of ${lane} is the evidence"
    assert ran.attributes.jdk.startsWith(lane.substring(4))
}

// Offline, the consumer build's only source is the user's local repository, served as a file:// remote.
def localRepository = new File(localRepositoryPath.toString())
def consumerSettings = new File(basedir, 'target/gatekeeper/smoke').listFiles()
        .findAll { it.name.startsWith('consumer-') }
        .collect { new File(it, 'settings.xml') }
assert consumerSettings.size() == 1
def settings = new XmlSlurper().parse(consumerSettings[0])
assert settings.mirrors.mirror.mirrorOf.text() == '*'
assert new File(new URI(settings.mirrors.mirror.url.text())).canonicalPath == localRepository.canonicalPath
assert !settings.localRepository.text().startsWith(localRepository.canonicalPath)

// The gate only reads the user's local repository: nothing there changed while a smoke gate ran.
def windows = smoke.collect {
    long start = Instant.parse(it.startedAt).toEpochMilli()
    [start, start + (it.durationMillis as long) + 1]
}
assert localRepository.isDirectory()
def written = []
localRepository.eachFileRecurse { file ->
    long modified = file.lastModified()
    if (windows.any { w -> modified >= w[0] && modified <= w[1] }) {
        written << "${file} (${Instant.ofEpochMilli(modified)})"
    }
}
assert written.isEmpty() : "the smoke gate wrote into the user's local repository: ${written}"

// No <keep>: the clean repository is gone afterwards.
def smokeDir = new File(evidenceDir, 'smoke')
assert smokeDir.isDirectory()
def leftOver = smokeDir.listFiles().findAll { it.name.startsWith('clean-repo-') }
assert leftOver.isEmpty() : "the clean repository was left behind: ${leftOver}"
return true
