import dev.gatekeeper.it.Evidence

def log = new File(basedir, 'build.log').text

assert log =~ /verdict: snapshot:exit-code\s+snapshot-unhealthy-runs-fail\s+FAIL\s.*Run 1 of snapshot case 'exit-code' exited with 3; allowed: \[0, 2\]/
assert log =~ /verdict: snapshot:hang\s+snapshot-unhealthy-runs-fail\s+FAIL\s.*Run 1 of snapshot case 'hang' did not finish within 3 s and was stopped; ended/
assert log.contains('SNAPSHOT_EXIT_CODE') && log.contains('SNAPSHOT_TIMED_OUT')
assert log.contains('BUILD FAILURE')

// the hung product's JVM is gone
def leftovers = ProcessHandle.allProcesses().filter { p ->
    p.info().commandLine().map { it.contains('com.example.scan.Scanner') && it.contains('--hang') && it.contains(basedir.name) }.orElse(false)
}.count()
assert leftovers == 0 : 'the hung product is still running'

def results = Evidence.of(basedir).results
assert results.find { it.subject == 'exit-code' }.findings*.code == ['SNAPSHOT_EXIT_CODE']
assert results.find { it.subject == 'hang' }.findings*.code == ['SNAPSHOT_TIMED_OUT']
return true
