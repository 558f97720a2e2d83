package dev.gatekeeper.smoke;

/**
 * What {@link JarCheck} learned about a readable jar.
 *
 * @param mainClass              the manifest's {@code Main-Class}, or null when it names none
 * @param highestClassFileVersion the highest class-file major version outside {@code META-INF/versions/},
 *                               0 when the jar has no such class
 * @param entryCount             how many entries the jar's central directory lists
 */
public record JarSummary(String mainClass, int highestClassFileVersion, int entryCount) {}
