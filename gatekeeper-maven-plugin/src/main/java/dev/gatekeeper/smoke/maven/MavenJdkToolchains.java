package dev.gatekeeper.smoke.maven;

import dev.gatekeeper.smoke.ToolchainJdk;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.toolchain.Toolchain;
import org.apache.maven.toolchain.ToolchainManager;
import org.apache.maven.toolchain.ToolchainPrivate;
import org.apache.maven.toolchain.java.JavaToolchainImpl;
import org.apache.maven.toolchain.model.ToolchainModel;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * The JDK toolchains of this build, from Maven's {@link ToolchainManager}: the files Maven was given
 * ({@code -t}, {@code --global-toolchains}, or the defaults in {@code ~/.m2} and {@code ${maven.home}/conf}),
 * merged and with {@code ${env.…}} interpolated as Maven does it.
 */
public final class MavenJdkToolchains {
    private MavenJdkToolchains() {}

    /**
     * Every JDK toolchain, in the order Maven holds them. One whose JDK home Maven refuses (it does not
     * exist; Maven logs it as a misconfigured toolchain) is kept with the home it names, so that the smoke
     * gate reports it as an unusable lane; one without a {@code jdkHome} names no JDK and is left out.
     */
    public static List<ToolchainJdk> of(ToolchainManager manager, MavenSession session) {
        Map<ToolchainModel, String> homes = new IdentityHashMap<>();
        for (Toolchain toolchain : manager.getToolchains(session, "jdk", null)) {
            if (toolchain instanceof ToolchainPrivate made && toolchain instanceof JavaToolchainImpl java) {
                homes.put(made.getModel(), java.getJavaHome());
            }
        }
        Map<String, List<ToolchainModel>> configured = session.getRequest().getToolchains();
        List<ToolchainModel> models = configured == null ? null : configured.get("jdk");
        List<ToolchainJdk> jdks = new ArrayList<>();
        for (ToolchainModel model : models == null ? List.<ToolchainModel>of() : models) {
            String home = homes.containsKey(model) ? homes.get(model) : configuredHome(model);
            Path jdkHome = path(home);
            if (jdkHome != null) {
                Properties provides = model.getProvides();
                jdks.add(new ToolchainJdk(
                        blankToNull(provides.getProperty("version")),
                        blankToNull(provides.getProperty("vendor")),
                        jdkHome));
            }
        }
        return jdks;
    }

    private static String configuredHome(ToolchainModel model) {
        if (model.getConfiguration() instanceof Xpp3Dom configuration && configuration.getChild("jdkHome") != null) {
            return configuration.getChild("jdkHome").getValue();
        }
        return null;
    }

    private static Path path(String home) {
        if (home == null || home.isBlank()) {
            return null;
        }
        try {
            return Path.of(home.strip());
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
