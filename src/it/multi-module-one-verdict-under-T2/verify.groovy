import dev.gatekeeper.it.Evidence

def log = new File(basedir, 'build.log').text

assert log.contains('Using the MultiThreadedBuilder') : 'the build really ran with -T 2'
// one verdict for the whole reactor, printed once
assert (log =~ /verdict: READY/).count == 1 : 'exactly one verdict line'
['core', 'api', 'app'].each { module ->
    assert log =~ /verdict: certify\s+${module}\s+PASS/ : "table row for ${module}"
}
assert log =~ /verdict: certify\s+multi-module-one-verdict-under-T2\s+PASS/
assert log.contains('BUILD SUCCESS')

def evidence = Evidence.of(basedir)
assert evidence.outcome == 'READY'
assert evidence.results*.module.sort() == ['dev.gatekeeper.it:api', 'dev.gatekeeper.it:app', 'dev.gatekeeper.it:core',
                                           'dev.gatekeeper.it:multi-module-one-verdict-under-T2']
assert evidence.results.every { it.gate == 'certify' }
assert evidence.results.find { it.module.endsWith(':core') }.summary.contains('1 test')
// each module keeps its own gate result; only the execution root holds the verdict
['core', 'api', 'app'].each { module ->
    assert new File(basedir, "${module}/target/gatekeeper/results/certify.json").isFile()
    assert !new File(basedir, "${module}/target/gatekeeper/evidence.json").exists()
}
// a command list inherited unchanged from the parent runs once, in the parent
def commandRuns = evidence.results.collectMany { r -> r.findings.findAll { it.code.startsWith('CERTIFY_COMMAND') }.collect { [r.module, it.code] } }
assert commandRuns == [['dev.gatekeeper.it:multi-module-one-verdict-under-T2', 'CERTIFY_COMMAND_PASSED']]
assert (log =~ /certify: commands inherited from multi-module-one-verdict-under-T2 ran there/).count == 3
return true
