package dev.gatekeeper.smoke;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;

/**
 * A packaged application that serves rather than runs to its end, recognised from its jar: a Spring Boot
 * executable jar or war, whose manifest names one of Spring Boot's launchers as {@code Main-Class} and the
 * application as {@code Start-Class}, or whose layout is Spring Boot's ({@code BOOT-INF/},
 * {@code WEB-INF/lib-provided/}).
 *
 * @param description  how the row names it: "Spring Boot executable jar (Start-Class com.example.App)"
 * @param startClass   the application's main class, or null when the manifest does not say
 * @param launcher     the manifest's Main-Class when it is Spring Boot's launcher (run with {@code java -jar}), or null
 * @param actuator     spring-boot-actuator is packaged in it: {@code /actuator/health} tells when it is ready
 */
public record ServerShape(String description, String startClass, String launcher, boolean actuator) {
    static final String START_CLASS = "Start-Class";
    private static final String LOADER_PACKAGE = "org.springframework.boot.loader.";
    private static final Pattern ACTUATOR =
            Pattern.compile("(BOOT-INF|WEB-INF)/lib(-provided)?/spring-boot-actuator-\\d[^/]*\\.jar");

    /** The jar's shape when it is a Spring Boot application; empty for anything else, and for a jar that cannot be read. */
    public static Optional<ServerShape> springBoot(Path jar) {
        if (jar == null) {
            return Optional.empty();
        }
        try (JarFile file = new JarFile(jar.toFile(), false, ZipFile.OPEN_READ)) {
            Manifest manifest = file.getManifest();
            Attributes main = manifest == null ? new Attributes() : manifest.getMainAttributes();
            String mainClass = strip(main.getValue(Attributes.Name.MAIN_CLASS));
            String startClass = strip(main.getValue(START_CLASS));
            boolean launcher = mainClass != null && mainClass.startsWith(LOADER_PACKAGE);
            boolean bootLayout = false;
            boolean war = false;
            boolean actuator = false;
            for (Enumeration<JarEntry> entries = file.entries(); entries.hasMoreElements(); ) {
                String name = entries.nextElement().getName();
                bootLayout = bootLayout || name.startsWith("BOOT-INF/") || name.startsWith("WEB-INF/lib-provided/");
                war = war || name.startsWith("WEB-INF/");
                actuator = actuator || ACTUATOR.matcher(name).matches();
            }
            if (!(launcher && startClass != null) && !bootLayout) {
                return Optional.empty();
            }
            String kind = "Spring Boot executable " + (war ? "war" : "jar");
            String shown = startClass != null ? kind + " (Start-Class " + JarCheck.printable(startClass) + ")" : kind;
            return Optional.of(new ServerShape(shown, startClass, launcher ? mainClass : null, actuator));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // JarCheck reports a jar that cannot be read
        }
    }

    /** Whether it is run as {@code java -jar}: its Main-Class is Spring Boot's launcher. */
    boolean executableJar() {
        return launcher != null;
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
