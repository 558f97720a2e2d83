def run4 = new File(basedir, 'build.log').text.split('BUILD SUCCESS')[3]
assert run4 =~ /(?m)^\[INFO\] audit: inputs changed: dependency-graph - running$/
assert run4 =~ /(?m)^\[INFO\] audit: started$/
assert run4 =~ /(?m)^\[INFO\] sbom: inputs changed: dependency-graph, artifacts - running$/
assert run4 =~ /(?m)^\[INFO\] sbom: started$/
assert run4 =~ /verdict: sbom\s+\S+\s+PASS\s/
return true
