package dev.gatekeeper.codes;

import dev.gatekeeper.audit.AuditCodes;
import dev.gatekeeper.certify.CertifyCodes;
import dev.gatekeeper.core.FindingCode;
import dev.gatekeeper.docs.DocsCodes;
import dev.gatekeeper.fixtures.FixturesCodes;
import dev.gatekeeper.guard.GuardCodes;
import dev.gatekeeper.release.ReleasePlanCodes;
import dev.gatekeeper.sbom.SbomCodes;
import dev.gatekeeper.smoke.SmokeCodes;
import dev.gatekeeper.snapshot.SnapshotCodes;
import dev.gatekeeper.verdict.VerdictCodes;
import java.util.List;

/**
 * Every finding code Gatekeeper can emit: the gates' catalogues together, in the verdict's order of
 * gates, then the verdict's and the guard's own. It lives above the gate packages (which know only
 * {@code core}), so that listing them all creates no package cycle.
 */
public final class FindingCatalogue {

    private FindingCatalogue() {}

    /** Each gate's catalogue, in the order the verdict shows the gates. */
    public static List<List<FindingCode>> byGate() {
        return List.of(
                CertifyCodes.all(),
                SnapshotCodes.all(),
                AuditCodes.all(),
                SmokeCodes.all(),
                SbomCodes.all(),
                FixturesCodes.all(),
                DocsCodes.all(),
                ReleasePlanCodes.all(),
                VerdictCodes.all(),
                GuardCodes.all());
    }

    /** Every code, gate by gate. */
    public static List<FindingCode> all() {
        return byGate().stream().flatMap(List::stream).toList();
    }
}
