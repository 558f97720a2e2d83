package dev.gatekeeper.smoke;

import java.util.Objects;

/**
 * Whether a module is published to a repository (deployed) or only built and run, decided once per module by
 * {@link PublicationRule}. A module that is not published gets no Central-metadata and no attached-jar checks;
 * other checks may use it to choose how severe a finding is.
 *
 * @param published whether a release deploys the module
 * @param reason    why, as a row shows it after "published: " or "not published: "
 */
public record Publication(boolean published, String reason) {
    /** What a module is when nothing says otherwise: a library headed for a repository. */
    public static final Publication BY_DEFAULT = new Publication(true, "no convention says it is not deployed");

    public Publication {
        Objects.requireNonNull(reason, "reason");
    }

    public static Publication published(String reason) {
        return new Publication(true, reason);
    }

    public static Publication notPublished(String reason) {
        return new Publication(false, reason);
    }

    /** "not published: maven.deploy.skip is true (set in app/pom.xml)". */
    public String describe() {
        return (published ? "published: " : "not published: ") + reason;
    }
}
