def log = new File(basedir, 'build.log').text

assert log.contains('Using the MultiThreadedBuilder') : 'the build really ran with -T 2'
// every module ran the start goal; only the first to get there started the work
assert (log =~ /:start \(merge-ready\) @ /).count == 4
assert (log =~ /\[INFO\] smoke: started at initialize: preparing a clean repository/).count == 1
// each jar module's smoke check started from it (the parent POM has no jar to install)
['core', 'api', 'app'].each { module ->
    assert log =~ /verdict: smoke:publish\s+${module}\s+PASS\s.*resolves from a clean repository/ : "${module} resolves"
}
assert (log =~ /\[INFO\] smoke: publish: the clean repository starts from the one prepared at initialize/).count == 3
assert !log.contains('prepared at initialize is not used')
assert (log =~ /verdict: READY/).count == 1
def startDir = new File(basedir, 'target/gatekeeper/start')
assert startDir.listFiles().findAll { it.name.startsWith('clean-repo-') }.isEmpty()
assert startDir.listFiles().findAll { it.name.startsWith('consumer-') }.size() == 1
return true
