package dev.gatekeeper.smoke;

/**
 * A version the build's dependencyManagement sets, and where that management is written.
 *
 * @param declaredIn a reactor POM and its line ("pom.xml line 40"), else "the POM of g:a:v" (a parent, a BOM)
 */
public record ManagedVersion(String version, String declaredIn) {}
