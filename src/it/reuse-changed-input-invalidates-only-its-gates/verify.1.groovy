def log = new File(basedir, 'build.log').text
def run1 = log.split('BUILD SUCCESS')[0]
for (gate in ['audit', 'sbom', 'fixtures']) {
    assert run1 =~ /(?m)^\[INFO\] ${gate}: started$/
}
// a new advisory, for a package this project does not use, arrives in the OSV database
def advisory = new File(basedir, 'osv-db/GHSA-599f-7c49-w659.json').text
        .replace('GHSA-599f-7c49-w659', 'GHSA-0000-0000-0001').replace('commons-text', 'commons-unused')
new File(basedir, 'osv-db/GHSA-0000-0000-0001.json').text = advisory
return true
