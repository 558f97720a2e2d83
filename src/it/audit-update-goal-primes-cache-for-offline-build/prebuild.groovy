import dev.gatekeeper.it.OsvMirror

// a mirror of osv.dev's Maven export on loopback; the POM's OSV_MIRROR_URL becomes its URL
def url = OsvMirror.start(basedir, new File(basedir, 'advisories'))
def pom = new File(basedir, 'pom.xml')
pom.setText(pom.getText('UTF-8').replace('OSV_MIRROR_URL', url), 'UTF-8')
return true
