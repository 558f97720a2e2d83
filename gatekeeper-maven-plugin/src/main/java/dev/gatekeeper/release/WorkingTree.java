package dev.gatekeeper.release;

import dev.gatekeeper.core.GitCheckout.Change;
import dev.gatekeeper.core.GitCheckout.ChangeKind;
import java.util.List;
import java.util.Set;

/**
 * The uncommitted changes that keep a release from being reproducible. While
 * {@code release:prepare} runs its preparation goals it has already rewritten the POMs and written
 * {@code release.properties}; those changes are the release plugin's own, not the user's.
 */
final class WorkingTree {
    static final String RELEASE_PROPERTIES = "release.properties";
    static final int LISTED = 20;
    private static final Set<String> RELEASE_PLUGIN_FILES =
            Set.of(RELEASE_PROPERTIES, "release-pom.xml", "pom.xml.tag", "pom.xml.next");

    private WorkingTree() {}

    /**
     * Whether {@code release:prepare} is under way: {@code release.properties} is there, untracked,
     * in the directory the release runs from.
     *
     * @param releaseProperties the path of release.properties relative to the work tree, '/'-separated
     */
    static boolean releaseInProgress(List<Change> changes, String releaseProperties) {
        return changes.contains(new Change(releaseProperties, ChangeKind.UNTRACKED));
    }

    /** The changes that count: all of them, or without the release plugin's own while a release is prepared. */
    static List<Change> counted(List<Change> changes, boolean releaseInProgress) {
        if (!releaseInProgress) {
            return changes;
        }
        return changes.stream().filter(change -> !isReleasePlugins(change)).toList();
    }

    private static boolean isReleasePlugins(Change change) {
        String name = change.path().substring(change.path().lastIndexOf('/') + 1);
        return (name.equals("pom.xml") && change.kind() == ChangeKind.MODIFIED)
                || RELEASE_PLUGIN_FILES.contains(name)
                || name.endsWith(".releaseBackup");
    }

    /** Up to {@link #LISTED} changes as {@code git status --short} would show them, and how many more there are. */
    static String listing(List<Change> changes) {
        StringBuilder text = new StringBuilder();
        changes.stream()
                .limit(LISTED)
                .forEach(change -> text.append(shortStatus(change.kind()))
                        .append(' ')
                        .append(change.path())
                        .append('\n'));
        if (changes.size() > LISTED) {
            text.append("... and ").append(changes.size() - LISTED).append(" more\n");
        }
        return text.toString();
    }

    private static String shortStatus(ChangeKind kind) {
        return switch (kind) {
            case MODIFIED -> " M";
            case DELETED -> " D";
            case ADDED -> "A ";
            case UNTRACKED -> "??";
            case CONFLICTING -> "UU";
        };
    }
}
