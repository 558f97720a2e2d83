package dev.gatekeeper.smoke;

import java.nio.file.Path;

/**
 * One JDK toolchain Maven was given ({@code -t}, {@code --global-toolchains} or the default
 * {@code toolchains.xml} files), as Maven read it: {@code ${env.…}} already interpolated.
 *
 * @param version its {@code <provides><version>}, or null
 * @param vendor  its {@code <provides><vendor>}, or null
 * @param jdkHome its {@code <configuration><jdkHome>}
 */
public record ToolchainJdk(String version, String vendor, Path jdkHome) {}
