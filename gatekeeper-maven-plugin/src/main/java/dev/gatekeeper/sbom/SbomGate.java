package dev.gatekeeper.sbom;

import dev.gatekeeper.core.ConfinedReads;
import dev.gatekeeper.core.DisplayPaths;
import dev.gatekeeper.core.Finding;
import dev.gatekeeper.core.Gate;
import dev.gatekeeper.core.GateEvaluation;
import dev.gatekeeper.core.GateId;
import dev.gatekeeper.core.GateStatus;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runbook step 5, {@code make sbom} and {@code make sbom-verify}: has the reactor's CycloneDX SBOM
 * generated, then proves it describes exactly what Maven resolved, with the right hashes and
 * acceptable licenses, and shows how it drifted from a committed baseline.
 */
public final class SbomGate implements Gate {
    /** The tool name the generator's time is recorded under; a file handed in takes no measurable time. */
    static final String GENERATOR_TOOL = "cyclonedx";

    /** Generates the SBOM and returns its JSON file; a failure's message says what went wrong. */
    @FunctionalInterface
    public interface Generator {
        Path generate() throws Exception;
    }

    /**
     * @param executionRoot paths in findings are shown relative to it
     * @param expectations  what the SBOM must describe
     * @param baseline      a committed SBOM to compare with, or null
     * @param driftPolicy   which drift holds the merge
     */
    public record Settings(Path executionRoot, SbomExpectations expectations, Path baseline, DriftPolicy driftPolicy) {}

    private final Settings settings;
    private final Generator generator;

    public SbomGate(Settings settings, Generator generator) {
        this.settings = settings;
        this.generator = generator;
    }

    @Override
    public String name() {
        return GateId.SBOM.goal();
    }

    @Override
    public void evaluate(GateEvaluation evaluation) {
        Path sbom;
        SbomValidationWarmUp.startInBackground();
        try {
            sbom = evaluation.timeTool(GENERATOR_TOOL, generator::generate);
        } catch (Exception e) {
            evaluation.add(Finding.of(
                            SbomCodes.GENERATION_FAILED,
                            GateStatus.ERROR,
                            "No SBOM to verify: " + (e.getMessage() == null ? e : e.getMessage()))
                    .withFix("Run 'mvn org.cyclonedx:cyclonedx-maven-plugin:makeAggregateBom -X' and read its log, "
                            + "or point gatekeeper.sbom.file at an existing SBOM"));
            return;
        }
        String shown = DisplayPaths.relativeTo(settings.executionRoot(), sbom);
        SbomVerifier.verify(sbom, settings.expectations(), shown, evaluation);
        if (settings.baseline() != null) {
            String baselineOutside = Files.isRegularFile(settings.baseline())
                    ? ConfinedReads.problem(
                            settings.executionRoot(),
                            settings.baseline(),
                            DisplayPaths.relativeTo(settings.executionRoot(), settings.baseline()))
                    : null;
            if (!Files.isRegularFile(settings.baseline())) {
                evaluation.add(Finding.of(
                                SbomCodes.BASELINE_MISSING,
                                GateStatus.HOLD,
                                "The baseline SBOM "
                                        + DisplayPaths.relativeTo(settings.executionRoot(), settings.baseline())
                                        + " does not exist")
                        .withFix("Adopt the current SBOM as the baseline: copy " + shown + " to "
                                + DisplayPaths.relativeTo(settings.executionRoot(), settings.baseline())
                                + " and commit it"));
            } else if (baselineOutside != null) {
                // A committed link to /etc/passwd would otherwise be parsed, and its first token quoted.
                String baseline = DisplayPaths.relativeTo(settings.executionRoot(), settings.baseline());
                evaluation.add(Finding.of(SbomCodes.UNREADABLE, GateStatus.FAIL, "The baseline SBOM " + baselineOutside)
                        .withFile(baseline, null)
                        .withFix(
                                "Commit the baseline SBOM itself inside the project (the file, not a link to it) and point"
                                        + " <baseline> (gatekeeper.sbom.baseline) at it"));
            } else {
                SbomDrift.compare(settings.baseline(), sbom, settings.driftPolicy(), evaluation);
            }
        }
        evaluation.log().info("SBOM: " + shown);
    }
}
