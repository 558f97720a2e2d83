package dev.gatekeeper.smoke;

import dev.gatekeeper.core.Digests;
import dev.gatekeeper.core.Finding;
import dev.gatekeeper.core.GateEvaluation;
import dev.gatekeeper.core.GateStatus;
import dev.gatekeeper.core.SafeXml;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.xml.stream.XMLStreamException;

/**
 * Reads the POM that would be installed and deployed, as raw XML, and reports every {@code ${…}}
 * expression a consumer's resolver cannot turn into a value.
 *
 * <p>Where an expression sits decides whether a consumer can resolve it:
 * <ul>
 *   <li>The project's own groupId, artifactId and version, and those of its parent, must be literal.
 *       A consumer fetches the parent by its literal coordinates before anything is interpolated, and
 *       Maven warns that a project version "contains an expression but should be a constant": the
 *       values that fill it at build time ({@code -Drevision=…}) do not exist on the consumer's side.
 *       So {@code ${revision}} there is reported even when the POM's own {@code <properties>}
 *       define {@code revision}.
 *   <li>Dependency and dependencyManagement coordinates are interpolated while the consumer's Maven
 *       builds this POM's model, against this POM's {@code <properties>} (and its parents') and the
 *       project's own coordinates, so {@code ${project.version}}, {@code ${project.groupId}},
 *       {@code ${project.parent.version}} (and the other project and parent coordinates) and locally
 *       defined properties are resolvable there. A property whose value holds an unresolvable
 *       expression is itself unresolvable.
 *   <li>Profiles are left alone: a consumer never activates a dependency's profiles by the build's
 *       own switches, and profile-specific values are the publisher's business.
 * </ul>
 */
public final class PublishedPomCheck {
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}]*)}");

    /** Project values a consumer's model interpolation fills in dependency coordinates. */
    private static final Set<String> MODEL_COORDINATES = Set.of(
            "project.groupId",
            "project.artifactId",
            "project.version",
            "project.parent.groupId",
            "project.parent.artifactId",
            "project.parent.version");

    /** The CI-friendly version properties, which only the build that sets them can resolve. */
    private static final Set<String> CI_FRIENDLY = Set.of("revision", "sha1", "changelist");

    private static final String FLATTEN_FIX = "Resolve CI-friendly versions before publishing, e.g. with the "
            + "flatten-maven-plugin (mode resolveCiFriendliesOnly), or write the ";

    private PublishedPomCheck() {}

    /** Checks a POM whose parents (if any) define no properties its dependencies use. */
    public static void check(Path publishedPom, String shown, GateEvaluation evaluation) {
        check(publishedPom, shown, Set.of(), evaluation);
    }

    /**
     * @param inheritedProperties names of the properties the POM's published parents define; a
     *                            consumer resolves them in dependency coordinates as it does local ones
     */
    public static void check(
            Path publishedPom, String shown, Set<String> inheritedProperties, GateEvaluation evaluation) {
        RawPom pom;
        try (InputStream in = Files.newInputStream(publishedPom)) {
            pom = RawPom.read(in);
        } catch (RawPom.RejectedPomException e) {
            evaluation.add(unreadable(shown, e.line(), e.getMessage()));
            return;
        } catch (XMLStreamException e) {
            evaluation.add(unreadable(shown, SafeXml.lineOf(e.getLocation()), SafeXml.problemOf(e)));
            return;
        } catch (NoSuchFileException e) {
            evaluation.add(Finding.of(
                            SmokeCodes.POM_UNREADABLE,
                            GateStatus.FAIL,
                            "The published POM " + shown + " does not exist")
                    .withFile(shown, null)
                    .withFix("Run 'mvn package' first; if a plugin writes the published POM (flatten-maven-plugin), "
                            + "check that it runs before this gate"));
            return;
        } catch (IOException e) {
            evaluation.add(unreadable(shown, null, String.valueOf(e.getMessage())));
            return;
        }
        recordInput(publishedPom, shown, evaluation);
        Resolver resolver = new Resolver(pom.properties(), inheritedProperties);
        for (RawPom.Coordinate coordinate : pom.coordinates()) {
            Set<String> unresolved = coordinate.mustBeLiteral()
                    ? expressionsIn(coordinate.value())
                    : resolver.unresolvedIn(coordinate.value());
            if (!unresolved.isEmpty()) {
                evaluation.add(unresolvedFinding(coordinate, unresolved, shown));
            }
        }
    }

    private static void recordInput(Path publishedPom, String shown, GateEvaluation evaluation) {
        try {
            evaluation.input(shown, Digests.sha256(publishedPom));
        } catch (IOException e) {
            evaluation.log().warn("cannot fingerprint " + shown + ": " + e.getMessage());
        }
    }

    private static Finding unresolvedFinding(RawPom.Coordinate coordinate, Set<String> unresolved, String shown) {
        String expressions = unresolved.stream().map(name -> "${" + name + "}").collect(Collectors.joining(", "));
        String fix;
        if (coordinate.mustBeLiteral() || unresolved.stream().anyMatch(CI_FRIENDLY::contains)) {
            fix = FLATTEN_FIX + coordinate.element() + " literally";
        } else {
            fix = "Write the " + coordinate.element() + " literally, or define " + String.join(", ", unresolved)
                    + " in the <properties> of " + shown;
        }
        return Finding.of(
                        SmokeCodes.POM_UNRESOLVED_EXPRESSION,
                        GateStatus.FAIL,
                        "The published POM keeps " + expressions + " in " + coordinate.describe()
                                + "; consumers cannot resolve it")
                .withFile(shown, coordinate.line())
                .withFix(fix)
                .withAttribute("value", coordinate.value());
    }

    private static Finding unreadable(String shown, Integer line, String problem) {
        return Finding.of(
                        SmokeCodes.POM_UNREADABLE,
                        GateStatus.FAIL,
                        "The published POM " + shown + (line == null ? "" : " line " + line) + " cannot be read: "
                                + problem)
                .withFile(shown, line)
                .withFix("Fix " + shown + (line == null ? "" : " at line " + line)
                        + " so that it is well-formed XML without a <!DOCTYPE>, then run 'mvn package' again");
    }

    /** The names inside every {@code ${…}} of {@code value}, in order of appearance. */
    static Set<String> expressionsIn(String value) {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = EXPRESSION.matcher(value);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /** Decides which expressions a consumer's model interpolation can fill in a dependency coordinate. */
    private record Resolver(Map<String, String> properties, Set<String> inherited) {
        Set<String> unresolvedIn(String value) {
            Set<String> unresolved = new LinkedHashSet<>();
            for (String name : expressionsIn(value)) {
                if (!resolvable(name, new HashSet<>())) {
                    unresolved.add(name);
                }
            }
            return unresolved;
        }

        private boolean resolvable(String name, Set<String> visiting) {
            if (MODEL_COORDINATES.contains(name)) {
                return true;
            }
            String local = properties.get(name);
            if (local == null) {
                return inherited.contains(name);
            }
            // A property that refers back to itself never settles on a value.
            if (!visiting.add(name)) {
                return false;
            }
            for (String inner : expressionsIn(local)) {
                if (!resolvable(inner, visiting)) {
                    return false;
                }
            }
            visiting.remove(name);
            return true;
        }
    }
}
