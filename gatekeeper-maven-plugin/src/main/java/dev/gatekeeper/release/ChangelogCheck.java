package dev.gatekeeper.release;

import dev.gatekeeper.core.Digests;
import dev.gatekeeper.core.DisplayPaths;
import dev.gatekeeper.core.Finding;
import dev.gatekeeper.core.GateEvaluation;
import dev.gatekeeper.core.GateStatus;
import dev.gatekeeper.core.IoProblems;
import java.io.IOException;
import java.nio.file.FileSystemException;
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

    /**
     * Records a missing, unreadable or incomplete changelog; returns what the summary says of it. A
     * file that cannot be read is the changelog's problem, never the git repository's.
     */
    String check(String planned, GateEvaluation evaluation) {
        Path root = settings.executionRoot();
        Optional<Path> found;
        try {
            found = settings.changelog() != null ? Optional.of(settings.changelog()) : ChangelogFiles.find(root);
        } catch (IOException e) {
            Path where = e instanceof FileSystemException fse && fse.getFile() != null ? Path.of(fse.getFile()) : root;
            return unreadable(DisplayPaths.relativeTo(root, where), e, evaluation);
        }
        if (found.isEmpty()) {
            GateStatus status = settings.requireChangelog() ? GateStatus.HOLD : GateStatus.WARN;
            evaluation.add(Finding.of(
                            ReleasePlanCodes.NO_CHANGELOG,
                            status,
                            "there is no changelog: none of " + ChangelogFiles.namesForMessage() + " exists")
                    .withFix("Keep one as CHANGELOG.md at the project's root with "
                            + Changelog.sectionExample("CHANGELOG.md", planned)
                            + " (or point -Dgatekeeper.releasePlan.changelog at yours)"
                            + (status == GateStatus.WARN
                                    ? "; -Dgatekeeper.releasePlan.requireChangelog=true makes a missing one hold"
                                    : "")));
            return "no changelog";
        }
        Path file = found.get();
        String shown = DisplayPaths.relativeTo(root, file);
        if (!Files.isRegularFile(file)) {
            evaluation.add(Finding.of(
                            ReleasePlanCodes.NO_CHANGELOG,
                            GateStatus.HOLD,
                            "there is no changelog: " + shown + " (gatekeeper.releasePlan.changelog) does not exist")
                    .withFile(shown, null)
                    .withFix("Create " + shown + " with " + Changelog.sectionExample(shown, planned)
                            + (Changelog.isChangesXml(shown) ? " in its <body>" : "")
                            + " (or point -Dgatekeeper.releasePlan.changelog at yours)"));
            return "no " + shown;
        }
        evaluation
                .log()
                .info("changelog " + shown
                        + (settings.changelog() != null
                                ? " (gatekeeper.releasePlan.changelog)"
                                : " (found among the usual names)"));
        evaluation.input("changelogFile", shown);
        Changelog changelog;
        try {
            evaluation.input("changelog", Digests.sha256(file));
            changelog = Changelog.read(file);
        } catch (IOException e) {
            return unreadable(shown, e, evaluation);
        } catch (IllegalArgumentException e) {
            evaluation.add(Finding.of(
                            ReleasePlanCodes.CHANGELOG_UNREADABLE,
                            GateStatus.HOLD,
                            shown + " cannot be read: " + e.getMessage())
                    .withFile(shown, null)
                    .withFix("Repair " + shown + " so that it is well-formed XML"));
            return "in " + shown;
        }
        Optional<Changelog.Section> entry = changelog.sectionFor(planned);
        if (entry.isEmpty()) {
            evaluation.add(Finding.of(
                            ReleasePlanCodes.NO_CHANGELOG_ENTRY,
                            GateStatus.HOLD,
                            shown + " has no section for " + planned)
                    .withFile(shown, null)
                    .withFix("Add " + Changelog.sectionExample(shown, planned) + " to "
                            + (Changelog.isChangesXml(shown) ? "the <body> of " : "") + shown));
            return "in " + shown;
        }
        evaluation
                .log()
                .info(shown + ":" + entry.get().line() + " has the section '"
                        + entry.get().heading() + "'");
        return "in " + shown;
    }

    private static String unreadable(String shown, IOException e, GateEvaluation evaluation) {
        evaluation.add(Finding.of(
                        ReleasePlanCodes.CHANGELOG_UNREADABLE,
                        GateStatus.HOLD,
                        shown + " cannot be read (" + IoProblems.describe(e) + "), so the changelog was not checked")
                .withFile(shown, null)
                .withFix("Make " + shown + " readable by the user the build runs as, or point"
                        + " -Dgatekeeper.releasePlan.changelog at a readable changelog"));
        return "in " + shown;
    }
}
