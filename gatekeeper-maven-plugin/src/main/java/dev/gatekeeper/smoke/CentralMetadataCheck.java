package dev.gatekeeper.smoke;

import dev.gatekeeper.core.Finding;
import dev.gatekeeper.core.GateEvaluation;
import dev.gatekeeper.core.GateStatus;
import java.util.function.Predicate;

/**
 * The project information Maven Central refuses a deployment without. Messages use Central's own
 * wording, so that a finding reads the same as the rejection it prevents.
 */
public final class CentralMetadataCheck {
    private CentralMetadataCheck() {}

    private record Requirement(Predicate<PublishedMetadata> missing, String message, String element) {}

    private static final Requirement[] REQUIREMENTS = {
        new Requirement(m -> PublishedMetadata.isBlank(m.name()), "Project name is missing", "<name>…</name>"),
        new Requirement(
                m -> PublishedMetadata.isBlank(m.description()),
                "Project description is missing",
                "<description>…</description>"),
        new Requirement(m -> PublishedMetadata.isBlank(m.url()), "Project URL is not defined", "<url>https://…</url>"),
        new Requirement(
                m -> PublishedMetadata.noneGiven(m.licenses()),
                "License information is missing",
                "<licenses><license><name>…</name><url>https://…</url></license></licenses>"),
        new Requirement(
                m -> PublishedMetadata.noneGiven(m.developers()),
                "Developers information is missing",
                "<developers><developer><name>…</name><email>…</email></developer></developers>"),
        new Requirement(
                m -> PublishedMetadata.isBlank(m.scmUrl()),
                "SCM URL is not defined",
                "<scm><url>https://…</url></scm>"),
        new Requirement(
                m -> PublishedMetadata.isBlank(m.scmConnection()),
                "SCM connection is not defined",
                "<scm><connection>scm:git:https://…</connection></scm>"),
    };

    /** Adds one finding of {@code severity} for each field Central requires and the module does not publish. */
    public static void check(
            PublishedMetadata metadata, String pomFileShown, GateStatus severity, GateEvaluation evaluation) {
        for (Requirement requirement : REQUIREMENTS) {
            if (requirement.missing().test(metadata)) {
                evaluation.add(Finding.of(SmokeCodes.METADATA_MISSING, severity, requirement.message())
                        .withFile(pomFileShown, null)
                        .withFix("Add " + requirement.element() + " to " + pomFileShown));
            }
        }
    }
}
