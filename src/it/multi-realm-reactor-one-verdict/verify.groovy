import dev.gatekeeper.it.Evidence

def log = new File(basedir, 'build.log').text

// the shape really gives two plugin realms of Gatekeeper in one build (-X prints them)
def realms = (log =~ /Created new class realm (plugin>dev\.gatekeeper:gatekeeper-maven-plugin:\S+)/).collect { it[1] } as Set
assert realms.size() == 2 : "two plugin realms of Gatekeeper, found ${realms}"
assert log.contains('Using the MultiThreadedBuilder') : 'the build really ran with -T 2'

// objects shared between modules cross the realms without a ClassCastException
assert !log.contains('cannot be cast to class dev.gatekeeper')
// the background gates of both realms ran, in one pool, and the verdict waited for both
assert (log =~ /(?m)^\[INFO\] snapshot: runs in the background; the verdict waits for it$/).count == 2
['core', 'app'].each { module ->
    assert log =~ /verdict: snapshot:scan\s+${module}\s+PASS/ : "table row for ${module}"
}
// one verdict for the whole reactor, printed once
assert (log =~ /verdict: READY/).count == 1 : 'exactly one verdict line'
assert log.contains('BUILD SUCCESS')

def evidence = Evidence.of(basedir)
assert evidence.outcome == 'READY'
assert evidence.results.collect { "${it.gate} ${it.module}" }.sort() ==
        ['snapshot dev.gatekeeper.it:app', 'snapshot dev.gatekeeper.it:core']
['core', 'app', 'bom'].each { module ->
    assert !new File(basedir, "${module}/target/gatekeeper/evidence.json").exists()
}
return true
