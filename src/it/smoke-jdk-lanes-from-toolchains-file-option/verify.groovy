import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def runs = log.split(/(?m)^\[INFO\] Scanning for projects/).findAll { it.contains('smoke') }
assert runs.size() == 3 : "three builds in build.log, found ${runs.size()}"
def (withUserToolchains, withGlobalToolchains, withoutToolchains) = runs
def name = 'smoke-jdk-lanes-from-toolchains-file-option'

// 1. -t toolchains.xml, whose JDK home is ${env.GATEKEEPER_IT_JDK_25}: a lane for it besides the JDK running Maven.
assert withUserToolchains =~ /verdict: smoke:jdk-17\s+${name}\s+PASS\s.*java com\.example\.hello\.Main --help exited 0 on JDK 17/
assert withUserToolchains =~ /verdict: smoke:jdk-25\s+${name}\s+PASS\s.*java com\.example\.hello\.Main --help exited 0 on JDK 25/
assert !withUserToolchains.contains('SMOKE_JDK_UNUSABLE') : 'the ${env.…} JDK home is interpolated, not taken literally'
assert !withUserToolchains.contains('${env.GATEKEEPER_IT_JDK_25}')
assert withUserToolchains.contains('BUILD SUCCESS')

// 2. --global-toolchains toolchains.xml: the same two lanes, reused: the same JDKs given through another
//    option are the same input.
assert withGlobalToolchains =~ /verdict: smoke:jdk-17\s+${name}\s+PASS/
assert withGlobalToolchains =~ /verdict: smoke:jdk-25\s+${name}\s+PASS/
assert withGlobalToolchains =~ /(?m)^\[INFO\] smoke: jdk-25: PASS reused - /
assert withGlobalToolchains.contains('BUILD SUCCESS')

// 3. No toolchains file: only the JDK running Maven, and the lanes are judged again, not reused, since the
//    JDKs Maven was given are an input of the smoke result.
assert withoutToolchains =~ /verdict: smoke:jdk-17\s+${name}\s+PASS/
assert !(withoutToolchains =~ /verdict: smoke:jdk-25/)
assert !(withoutToolchains =~ /(?m)^\[INFO\] smoke: .*reused - /)
assert withoutToolchains.contains('BUILD SUCCESS')

def evidence = new JsonSlurper().parse(new File(basedir, 'target/gatekeeper/evidence.json'))
def smoke = evidence.results.findAll { it.gate == 'smoke' }
assert smoke*.subject.toSet() == ['publish', 'jdk-17'] as Set
assert smoke.every { it.reusedFrom == null }
return true
