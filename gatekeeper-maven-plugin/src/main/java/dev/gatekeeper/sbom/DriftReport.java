package dev.gatekeeper.sbom;

import java.util.List;
import java.util.Objects;

/**
 * What changed between a baseline SBOM and the current one, component by component.
 *
 * @param entries every change, sorted by component
 */
public record DriftReport(List<Change> entries) {

    /** How many rows {@link #markdown()} shows before it says how many more there are. */
    public static final int LISTED_ROWS = 50;

    public enum Kind {
        ADDED,
        REMOVED,
        CHANGED
    }

    /**
     * One component's change. A removed component has no {@code to…} values, an added one no {@code from…}.
     *
     * @param component    {@code groupId:artifactId}, with {@code :classifier} when it has one
     * @param downgrade    whether the version went down, by Maven's version ordering
     */
    public record Change(
            Kind kind,
            String component,
            String fromVersion,
            String toVersion,
            List<String> fromLicenses,
            List<String> toLicenses,
            boolean downgrade) {

        public Change {
            fromLicenses = fromLicenses == null ? List.of() : List.copyOf(fromLicenses);
            toLicenses = toLicenses == null ? List.of() : List.copyOf(toLicenses);
        }

        public boolean versionChanged() {
            return kind == Kind.CHANGED && !Objects.equals(fromVersion, toVersion);
        }

        public boolean licensesChanged() {
            return kind == Kind.CHANGED && !fromLicenses.equals(toLicenses);
        }
    }

    public DriftReport {
        entries = List.copyOf(entries);
    }

    public long count(Kind kind) {
        return entries.stream().filter(e -> e.kind() == kind).count();
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** "2 added, 1 removed, 3 changed", or "no dependency change". */
    public String summary() {
        return isEmpty()
                ? "no dependency change"
                : count(Kind.ADDED) + " added, " + count(Kind.REMOVED) + " removed, " + count(Kind.CHANGED)
                        + " changed";
    }

    /** A Markdown table of at most {@value #LISTED_ROWS} changes, for a PR comment or the console. */
    public String markdown() {
        if (isEmpty()) {
            return "No dependency change.";
        }
        StringBuilder table = new StringBuilder("| Change | Component | Version | Licenses |\n|---|---|---|---|\n");
        entries.stream()
                .limit(LISTED_ROWS)
                .forEach(e -> table.append("| ")
                        .append(label(e))
                        .append(" | ")
                        .append(e.component())
                        .append(" | ")
                        .append(transition(e.fromVersion(), e.toVersion()))
                        .append(" | ")
                        .append(transition(joined(e.fromLicenses()), joined(e.toLicenses())))
                        .append(" |\n"));
        if (entries.size() > LISTED_ROWS) {
            table.append("\n… and ").append(entries.size() - LISTED_ROWS).append(" more changes.\n");
        }
        return table.toString();
    }

    private static String label(Change change) {
        return switch (change.kind()) {
            case ADDED -> "added";
            case REMOVED -> "removed";
            case CHANGED -> change.downgrade() ? "**downgraded**" : change.versionChanged() ? "upgraded" : "relicensed";
        };
    }

    private static String transition(String from, String to) {
        if (from == null || from.isEmpty()) {
            return to == null ? "" : to;
        }
        if (to == null || to.isEmpty() || from.equals(to)) {
            return from;
        }
        return from + " → " + to;
    }

    private static String joined(List<String> licenses) {
        return licenses.isEmpty() ? "" : String.join(" / ", licenses);
    }
}
