def log = new File(basedir, 'build.log').text
assert log =~ /verdict: READY/
assert log.contains('guard: GUARD_EVIDENCE_TAMPERED: the evidence cannot be trusted: evidence.json does not match the digest in evidence.json.sha256: it was edited after the verdict wrote it')
assert log.contains("fix: Rebuild the evidence instead of editing it: 'mvn clean deploy -Pmerge-ready'")
// tampering is reported alone: nothing else in a forged file is worth comparing
assert !log.contains('GUARD_ARTIFACT_CHANGED')
assert log.contains('BUILD FAILURE')
def repo = new File(basedir, 'target/deploy-repo')
assert !repo.exists() || repo.listFiles().length == 0
return true
