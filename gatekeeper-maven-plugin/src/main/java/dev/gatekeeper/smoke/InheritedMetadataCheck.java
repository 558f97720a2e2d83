package dev.gatekeeper.smoke;

import dev.gatekeeper.core.Finding;
import dev.gatekeeper.core.GateEvaluation;
import dev.gatekeeper.core.GateStatus;
import java.util.List;

/**
 * Central metadata a published module inherits from a parent of another organisation, such as
 * {@code spring-boot-starter-parent}: the values are present, so Central accepts them, but they describe the
 * parent's project (its url, its developers), not this one.
 *
 * <p>A parent is the project's own when its POM is part of the project's source tree (a reactor parent,
 * also in a {@code -pl} build), or when its groupId is the module's groupId or a namespace of it
 * ({@code org.apache:apache} for {@code org.apache.maven.enforcer}). Any other parent is a third party's:
 * {@code org.springframework.boot} is not a namespace of {@code org.springframework.samples}.
 */
public final class InheritedMetadataCheck {
    private InheritedMetadataCheck() {}

    /**
     * One metadata element and the parent POM it comes from.
     *
     * @param element        the element as findings name it, e.g. {@code <url>}
     * @param value          its effective value, as shown
     * @param parent         the declaring parent, {@code groupId:artifactId:version}
     * @param parentGroupId  that parent's groupId
     * @param inSourceTree   whether the parent's POM was read from the project's source tree (not a repository)
     */
    public record Inherited(String element, String value, String parent, String parentGroupId, boolean inSourceTree) {}

    /** Adds a WARN for each element of {@code inherited} that a third-party parent declares. */
    public static void check(
            String groupId, List<Inherited> inherited, String pomFileShown, GateEvaluation evaluation) {
        for (Inherited element : inherited) {
            if (element.inSourceTree() || sameOrganisation(groupId, element.parentGroupId())) {
                continue;
            }
            evaluation.add(Finding.of(
                            SmokeCodes.METADATA_INHERITED,
                            GateStatus.WARN,
                            element.element() + " is inherited from " + element.parent()
                                    + ", the parent of another organisation"
                                    + (element.value() == null
                                                    || element.value().isBlank()
                                            ? ""
                                            : " (" + element.value() + ")")
                                    + ": it describes that project, not this one")
                    .withFile(pomFileShown, null)
                    .withFix("Declare " + element.element() + " with this project's own value in " + pomFileShown)
                    .withAttribute("element", element.element())
                    .withAttribute("parent", element.parent()));
        }
    }

    /** Whether {@code parentGroupId} is {@code groupId} or one of its namespaces (a prefix ending at a dot). */
    static boolean sameOrganisation(String groupId, String parentGroupId) {
        if (groupId == null || parentGroupId == null || parentGroupId.isBlank()) {
            return false;
        }
        return groupId.equals(parentGroupId) || groupId.startsWith(parentGroupId + ".");
    }
}
