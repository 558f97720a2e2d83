package dev.gatekeeper.release;

import dev.gatekeeper.core.DisplayPaths;
import dev.gatekeeper.core.Finding;
import dev.gatekeeper.core.GateEvaluation;
import dev.gatekeeper.core.GateStatus;
import java.nio.file.Path;
import java.util.List;

/** The reactor's POMs: one version for every module, and no SNAPSHOT or range outside the reactor. */
final class ReactorPoms {
    private final Path executionRoot;
    private final List<ReactorModule> modules;
    private final List<SnapshotReference> snapshotReferences;

    ReactorPoms(Path executionRoot, List<ReactorModule> modules, List<SnapshotReference> snapshotReferences) {
        this.executionRoot = executionRoot;
        this.modules = List.copyOf(modules);
        this.snapshotReferences = List.copyOf(snapshotReferences);
    }

    /** Records every module whose version is not {@code rootVersion}; returns how many there are. */
    int checkVersions(String rootVersion, GateEvaluation evaluation) {
        int mismatches = 0;
        for (ReactorModule module : modules) {
            if (!module.version().equals(rootVersion)) {
                mismatches++;
                evaluation.add(Finding.of("RELEASE_PLAN_VERSION_MISMATCH", GateStatus.HOLD,
                                module.id() + " is at " + module.version() + ", the reactor's root at " + rootVersion)
                        .withFile(DisplayPaths.relativeTo(executionRoot, module.pom()), null)
                        .withFix("Give every module the root's version: mvn versions:set -DnewVersion=" + rootVersion
                                + " -DprocessAllModules, or make " + module.id() + " inherit it from its parent")
                        .withAttribute("module", module.id()));
            }
        }
        return mismatches;
    }

    /** Records every SNAPSHOT or version range outside the reactor; returns how many there are. */
    int checkSnapshots(GateEvaluation evaluation) {
        for (SnapshotReference reference : snapshotReferences) {
            evaluation.add(Finding.of(reference.kind().code(), GateStatus.HOLD, message(reference))
                    .withFile(DisplayPaths.relativeTo(executionRoot, reference.file()), reference.line())
                    .withFix(fix(reference))
                    .withAttribute("module", reference.module())
                    .withAttribute("coordinates", reference.coordinates() + ":" + reference.version()));
        }
        return snapshotReferences.size();
    }

    private static String message(SnapshotReference reference) {
        String what = reference.kind().label() + " " + reference.coordinates() + ":" + reference.version()
                + (reference.via() == null ? "" : " of plugin " + reference.via());
        return reference.module() + ": " + what + (reference.isRange() ? " is a version range" : " is a SNAPSHOT");
    }

    private static String fix(SnapshotReference reference) {
        if (reference.isRange()) {
            return "Pin one release of " + reference.coordinates() + " instead of the range " + reference.version()
                    + ": a range resolves to whatever is newest when the release is built";
        }
        return "Depend on a release of " + reference.coordinates() + " (for example the one before " + reference.version()
                + "), or release it first";
    }
}
