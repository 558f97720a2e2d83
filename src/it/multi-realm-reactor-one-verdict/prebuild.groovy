import dev.gatekeeper.it.SharedSources

// the product under test, com.example.scan.Scanner, is the one every snapshot IT shares: src/it/shared/scanner
['app', 'core'].each { SharedSources.copy(sharedSources, 'scanner', new File(basedir, it)) }
return true
