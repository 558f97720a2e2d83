package dev.gatekeeper.release;

import dev.gatekeeper.core.DisplayPaths;
import dev.gatekeeper.core.Finding;
import dev.gatekeeper.core.GateEvaluation;
import dev.gatekeeper.core.GateStatus;
import dev.gatekeeper.core.ShellWords;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The reactor's POMs: one version for every module, and no SNAPSHOT or range outside the reactor. */
final class ReactorPoms {
    private final Path executionRoot;
    private final List<ReactorModule> modules;
    private final List<SnapshotReference> snapshotReferences;
    private final LocalReleases localReleases;
    private final AllowedSnapshots allowed;

    ReactorPoms(
            Path executionRoot,
            List<ReactorModule> modules,
            List<SnapshotReference> snapshotReferences,
            LocalReleases localReleases,
            AllowedSnapshots allowed) {
        this.executionRoot = executionRoot;
        this.modules = List.copyOf(modules);
        this.snapshotReferences = List.copyOf(snapshotReferences);
        this.localReleases = localReleases;
        this.allowed = allowed;
    }

    /** Records every module whose version is not {@code rootVersion}; returns how many there are. */
    int checkVersions(String rootVersion, GateEvaluation evaluation) {
        int mismatches = 0;
        for (ReactorModule module : modules) {
            if (!module.version().equals(rootVersion)) {
                mismatches++;
                evaluation.add(Finding.of(
                                ReleasePlanCodes.VERSION_MISMATCH,
                                GateStatus.HOLD,
                                module.id() + " is at " + module.version() + ", the reactor's root at " + rootVersion)
                        .withFile(DisplayPaths.relativeTo(executionRoot, module.pom()), null)
                        .withFix("Give every module the root's version: "
                                + ShellWords.join(List.of(
                                        "mvn", "versions:set", "-DnewVersion=" + rootVersion, "-DprocessAllModules"))
                                + ", or make " + module.id() + " inherit it from its parent")
                        .withAttribute("module", module.id()));
            }
        }
        return mismatches;
    }

    /**
     * Records every SNAPSHOT or version range outside the reactor: a hold, unless
     * {@code allowedSnapshots} accepts it or it is Gatekeeper itself declared in an active profile
     * (both warnings); returns how many hold.
     */
    int checkSnapshots(GateEvaluation evaluation) {
        int holding = 0;
        for (SnapshotReference reference : snapshotReferences) {
            Optional<String> allowedBy = allowed.allowing(reference.coordinates());
            Finding finding;
            if (reference.isGatekeeperInProfile()) {
                finding = Finding.of(
                                ReleasePlanCodes.SNAPSHOT_GATEKEEPER,
                                GateStatus.WARN,
                                message(reference)
                                        + ", declared in the active profile " + reference.profile()
                                        + "; not held: it checks the release and is not part of it")
                        .withFix("Use a released Gatekeeper in the " + reference.profile()
                                + " profile once there is one")
                        .withAttribute("profile", reference.profile());
            } else if (allowedBy.isPresent()) {
                finding = Finding.of(
                                ReleasePlanCodes.SNAPSHOT_ALLOWED,
                                GateStatus.WARN,
                                message(reference) + ", allowed by " + allowedBy.get()
                                        + " (gatekeeper.releasePlan.allowedSnapshots)")
                        .withFix(fix(reference)
                                + "; the release will not be reproducible while it depends on a SNAPSHOT")
                        .withAttribute("allowedBy", allowedBy.get())
                        .withAttribute("kind", reference.kind().code());
            } else {
                holding++;
                finding = Finding.of(reference.kind().findingCode(), GateStatus.HOLD, message(reference))
                        .withFix(fix(reference));
            }
            evaluation.add(finding.withFile(DisplayPaths.relativeTo(executionRoot, reference.file()), reference.line())
                    .withAttribute("module", reference.module())
                    .withAttribute("coordinates", reference.coordinates() + ":" + reference.version()));
        }
        return holding;
    }

    private static String message(SnapshotReference reference) {
        String what = reference.kind().label() + " " + reference.coordinates() + ":" + reference.version()
                + (reference.via() == null ? "" : " of plugin " + reference.via());
        return reference.module() + ": " + what + (reference.isRange() ? " is a version range" : " is a SNAPSHOT");
    }

    private String fix(SnapshotReference reference) {
        if (reference.isRange()) {
            return "Pin one release of " + reference.coordinates() + " instead of the range " + reference.version()
                    + ": a range resolves to whatever is newest when the release is built";
        }
        String accept = ", or accept it with -Dgatekeeper.releasePlan.allowedSnapshots=" + reference.coordinates();
        return localReleases
                .latestBefore(reference.coordinates(), reference.version())
                .map(release -> "Depend on a release of " + reference.coordinates() + ", such as " + release
                        + " (the latest before " + reference.version()
                        + " in the local repository), or release it first" + accept)
                .orElse("Release " + reference.coordinates()
                        + " first and depend on that release (the local repository knows" + " no release of it before "
                        + reference.version() + ")" + accept);
    }
}
