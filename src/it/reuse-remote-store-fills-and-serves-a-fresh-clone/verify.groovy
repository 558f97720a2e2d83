import dev.gatekeeper.it.Evidence
import dev.gatekeeper.it.NginxDav

// runs after the last build whatever its outcome: nginx stops first, so a failed assertion leaves no server
NginxDav.stop(new File(basedir, 'nginx'))
def url = new File(basedir, 'nginx/url.txt').text
def password = new File(basedir, 'nginx/password.txt').text
def access = new File(basedir, 'nginx/access.log').readLines()

// After run 2 in the fresh clone: audit's result came from the remote store, named in the log by its URL
def log = new File(basedir, 'build.log').text
def runs = log.split('BUILD SUCCESS')
assert runs.length == 3
def run2 = runs[1]
assert run2.contains("[INFO] audit: using the shared record from ${url} (written by build ")
assert run2 =~ /(?m)^\[INFO\] audit: PASS reused - inputs unchanged since /
assert !(run2 =~ /(?m)^\[INFO\] audit: started$/)
// sbom's own output is one of its inputs: the store carried it, and the clone got the very SBOM A wrote
assert run2.contains("[INFO] sbom: using the shared record from ${url} (written by build ")
assert !(run2 =~ /(?m)^\[INFO\] sbom: started$/)
assert new File(basedir, 'clone/target/gatekeeper/sbom/bom.json').bytes == new File(basedir, 'target/gatekeeper/sbom/bom.json').bytes
assert run2 =~ /(?m)^\[INFO\] certify: started$/
assert run2.contains('verdict: READY')
assert !(log =~ /(?m)^\[WARNING\] .*remote store/)

// nginx served the records to build 2 (GETs with the settings server's credentials), and still holds only them
def held = new File(basedir, 'nginx/store/reuse').listFiles()*.name
assert held.size() == 2
held.each { name -> assert access.any { it.contains(' - ci [') && it.contains("\"GET /reuse/${name} HTTP/1.1\" 200 ") } }

def first = Evidence.of(basedir)
def second = Evidence.of(new File(basedir, 'clone'))
def audit = second.results.find { it.gate == 'audit' }
assert audit.reusedFrom.buildId == first.build.buildId
assert audit.buildId == second.build.buildId
assert audit.inputs == first.results.find { it.gate == 'audit' }.inputs
assert new File(basedir, 'clone/target/gatekeeper/reuse/audit.json').isFile()

// the generated password is in no log line and no evidence file
assert !log.contains(password)
[new File(basedir, 'target/gatekeeper'), new File(basedir, 'clone/target/gatekeeper')].each { dir ->
    dir.eachFileRecurse(groovy.io.FileType.FILES) { file -> assert !file.text.contains(password) : "${file} holds the password" }
}
return true
