package dev.gatekeeper.release;

import dev.gatekeeper.core.Digests;
import dev.gatekeeper.core.DisplayPaths;
import dev.gatekeeper.core.Finding;
import dev.gatekeeper.core.GateEvaluation;
import dev.gatekeeper.core.GateStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The planned version has a section in the changelog: the configured one, or the one the project
 * keeps under a usual name ({@link ChangelogFiles}). A project without any changelog is warned,
 * not held, unless {@code gatekeeper.releasePlan.requireChangelog}; a configured changelog that
 * does not exist holds.
 */
final class ChangelogCheck {
    private final ReleasePlanSettings settings;

    ChangelogCheck(ReleasePlanSettings settings) {
        this.settings = settings;
    }

    /** Records a missing file or section; returns what the summary says of the changelog. */
    String check(String planned, GateEvaluation evaluation) throws IOException {
        Path root = settings.executionRoot();
        Optional<Path> found = settings.changelog() != null ? Optional.of(settings.changelog()) : ChangelogFiles.find(root);
        if (found.isEmpty()) {
            GateStatus status = settings.requireChangelog() ? GateStatus.HOLD : GateStatus.WARN;
            evaluation.add(Finding.of(ReleasePlanCodes.NO_CHANGELOG, status,
                            "there is no changelog: none of " + ChangelogFiles.namesForMessage() + " exists")
                    .withFix("Keep one as CHANGELOG.md at the project's root with " + Changelog.sectionExample("CHANGELOG.md", planned)
                            + " (or point -Dgatekeeper.releasePlan.changelog at yours)"
                            + (status == GateStatus.WARN ? "; -Dgatekeeper.releasePlan.requireChangelog=true makes a missing one hold" : "")));
            return "no changelog";
        }
        Path file = found.get();
        String shown = DisplayPaths.relativeTo(root, file);
        if (!Files.isRegularFile(file)) {
            evaluation.add(Finding.of(ReleasePlanCodes.NO_CHANGELOG, GateStatus.HOLD,
                            "there is no changelog: " + shown + " (gatekeeper.releasePlan.changelog) does not exist")
                    .withFile(shown, null)
                    .withFix("Create " + shown + " with " + Changelog.sectionExample(shown, planned)
                            + (Changelog.isChangesXml(shown) ? " in its <body>" : "") + " (or point -Dgatekeeper.releasePlan.changelog at yours)"));
            return "no " + shown;
        }
        evaluation.log().info("changelog " + shown + (settings.changelog() != null
                ? " (gatekeeper.releasePlan.changelog)" : " (found among the usual names)"));
        evaluation.input("changelog", Digests.sha256(file));
        evaluation.input("changelogFile", shown);
        Changelog changelog;
        try {
            changelog = Changelog.read(file);
        } catch (IllegalArgumentException e) {
            evaluation.add(Finding.of(ReleasePlanCodes.CHANGELOG_UNREADABLE, GateStatus.HOLD, shown + " cannot be read: " + e.getMessage())
                    .withFile(shown, null)
                    .withFix("Repair " + shown + " so that it is well-formed XML"));
            return "in " + shown;
        }
        Optional<Changelog.Section> entry = changelog.sectionFor(planned);
        if (entry.isEmpty()) {
            evaluation.add(Finding.of(ReleasePlanCodes.NO_CHANGELOG_ENTRY, GateStatus.HOLD, shown + " has no section for " + planned)
                    .withFile(shown, null)
                    .withFix("Add " + Changelog.sectionExample(shown, planned) + " to "
                            + (Changelog.isChangesXml(shown) ? "the <body> of " : "") + shown));
            return "in " + shown;
        }
        evaluation.log().info(shown + ":" + entry.get().line() + " has the section '" + entry.get().heading() + "'");
        return "in " + shown;
    }
}
