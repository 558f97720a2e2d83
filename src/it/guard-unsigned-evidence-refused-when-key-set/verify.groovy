// The verdict signed the evidence; a forged evidence.json with a recomputed digest is refused as unsigned.
def log = new File(basedir, 'build.log').text
assert log =~ /verdict: READY/
assert log.contains('verdict: evidence signed with the key in GATEKEEPER_EVIDENCE_KEY (evidence.json.sig, gatekeeper.intoto.json.sig)')
assert log.contains('guard: GUARD_EVIDENCE_UNSIGNED: the evidence is not signed with this build\'s key: evidence.json does not match its signature in evidence.json.sig under the key in GATEKEEPER_EVIDENCE_KEY: it was written with another key or edited since')
assert log.contains("fix: Give the build that runs the verdict the same GATEKEEPER_EVIDENCE_KEY secret as this deploy, and deploy from it: 'mvn clean deploy -Pmerge-ready'")
// the digest matched: only the signature caught the forgery
assert !log.contains('GUARD_EVIDENCE_TAMPERED')
assert !log.contains('GUARD_ARTIFACT_CHANGED')
assert !log.contains('guard-it-key-0123456789') : 'the key is never logged'
assert log.contains('BUILD FAILURE')
def repo = new File(basedir, 'target/deploy-repo')
assert !repo.exists() || repo.listFiles().length == 0
return true
