package dev.gatekeeper.release;

import java.nio.file.Path;

/**
 * One module of the reactor as the release plan sees it.
 *
 * @param id      groupId:artifactId
 * @param version the module's own version
 * @param pom     the module's pom.xml
 */
public record ReactorModule(String id, String version, Path pom) {}
