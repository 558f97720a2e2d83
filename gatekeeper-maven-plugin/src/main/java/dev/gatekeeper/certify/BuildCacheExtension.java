package dev.gatekeeper.certify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * Whether the Apache Maven Build Cache Extension can restore modules in this build. It is a core extension,
 * loaded from {@code .mvn/extensions.xml} or {@code -Dmaven.ext.class.path}; it restores nothing when it is
 * switched off ({@code maven.build.cache.enabled=false}) or told not to look up ({@code maven.build.cache.skipCache=true}).
 * The extension leaves no marker in a restored module while the build runs (its cache report is written at the
 * session's end), so certify judges by its presence together with a module that has no report from this build.
 */
public final class BuildCacheExtension {
    static final String ARTIFACT_ID = "maven-build-cache-extension";

    private BuildCacheExtension() {}

    /**
     * @param multiModuleDirectory the directory holding {@code .mvn/}; null when Maven did not find one
     * @param property             a user or system property of this build, null when unset
     */
    public static boolean isActive(Path multiModuleDirectory, UnaryOperator<String> property) {
        if ("false".equalsIgnoreCase(trimmed(property.apply("maven.build.cache.enabled")))
                || "true".equalsIgnoreCase(trimmed(property.apply("maven.build.cache.skipCache")))) {
            return false;
        }
        String extClassPath = property.apply("maven.ext.class.path");
        if (extClassPath != null && extClassPath.contains(ARTIFACT_ID)) {
            return true;
        }
        return multiModuleDirectory != null && declaredIn(multiModuleDirectory.resolve(".mvn/extensions.xml"));
    }

    private static boolean declaredIn(Path extensionsXml) {
        if (!Files.isRegularFile(extensionsXml)) {
            return false;
        }
        try {
            // Maven itself refuses to start on a malformed extensions.xml; a plain look for the artifactId suffices.
            String text =
                    Files.readString(extensionsXml, StandardCharsets.UTF_8).replaceAll("(?s)<!--.*?-->", "");
            return text.matches("(?s).*<artifactId>\\s*" + ARTIFACT_ID + "\\s*</artifactId>.*");
        } catch (IOException e) {
            return false;
        }
    }

    private static String trimmed(String value) {
        return value == null ? null : value.trim();
    }
}
