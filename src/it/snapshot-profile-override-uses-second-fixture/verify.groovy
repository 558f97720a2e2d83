import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text

assert log =~ /snapshot: scan: run 1 of 2 on src\/test\/fixtures\/profile-b/
assert !(log =~ /run \d of 2 on src\/test\/fixtures\/profile-a/) : 'the configured profile is not used'
assert log =~ /verdict: snapshot:scan\s+snapshot-profile-override-uses-second-fixture\s+PASS\s.*matches src\/test\/snapshots\/scan\/profile-b\.json/
assert log.contains('BUILD SUCCESS')
assert new File(basedir, 'target/gatekeeper/snapshot/scan/run-1.out').text.contains('profile-b')
return true
