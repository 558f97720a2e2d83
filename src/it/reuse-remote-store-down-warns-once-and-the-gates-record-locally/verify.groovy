def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('verdict: READY')

// one warning for the whole build, said by the goal that met the failure, naming the store without its password
def warnings = log.readLines().findAll { it.startsWith('[WARNING]') && it.contains('remote store') }
assert warnings.size() == 1 : warnings
assert warnings[0] ==~ /\[WARNING\] snapshot: the remote store http:\/\/127\.0\.0\.1:\d+\/reuse\/ failed reading snapshot-[0-9a-f]{64}\.json \(\w+: Connection refused\); it is not used again in this build, the gates run and record locally/
assert !log.contains('down-Store-pw')
// the goal that met it says why it runs; the second module's goal runs as without a store, not asking it
assert log =~ /(?m)^\[INFO\] snapshot: the shared store http:\/\/127\.0\.0\.1:\d+\/reuse\/ failed - running$/
def started = (log =~ /(?m)^\[INFO\] snapshot: scan: started$/).count
assert started == 2
def storeLines = (log =~ /shared store/).count
assert storeLines == 1
assert !(log =~ /no shared record for these inputs/)

// both modules ran their gate and keep the passing record for the next build of this working copy
['module-a', 'module-b'].each { module ->
    assert new File(basedir, "${module}/target/gatekeeper/reuse/snapshot.json").isFile()
    new File(basedir, "${module}/target/gatekeeper").eachFileRecurse(groovy.io.FileType.FILES) { file ->
        assert !file.text.contains('down-Store-pw') : "${file} holds the store's password"
    }
}
return true
