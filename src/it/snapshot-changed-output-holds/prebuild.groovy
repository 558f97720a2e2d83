import dev.gatekeeper.it.SharedSources

// the product under test, com.example.scan.Scanner, is the one every snapshot IT shares: src/it/shared/scanner
SharedSources.copy(sharedSources, 'scanner', basedir)
return true
