package dev.gatekeeper.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** Which engines run without gatekeeper.audit.engines, and that the log says why the others do not. */
class EngineSelectionTest {
    private static final EngineSelection.Facts NOTHING_CONFIGURED =
            new EngineSelection.Facts(false, false, false, false, null, false, false);

    @Test
    void aFreshProjectOnlineRunsOsvOnTheManagedDatabaseAndSaysWhyDependencyCheckDoesNot() {
        EngineSelection selection = EngineSelection.choose(null, NOTHING_CONFIGURED);

        assertThat(selection.engines()).containsExactly(AuditEngine.OSV);
        assertThat(selection.describe())
                .startsWith("engines: osv (managed database); dependency-check not run: no NVD data configured (")
                .contains("gatekeeper.audit.nvdDatafeedUrl", "gatekeeper.audit.nvdApiServerId", "NVD_API_KEY");
    }

    @Test
    void aBlankListChoosesByTheDataLikeNoList() {
        assertThat(EngineSelection.choose("  ", NOTHING_CONFIGURED).engines()).containsExactly(AuditEngine.OSV);
    }

    @Test
    void anNvdMirrorAddsDependencyCheckToOsv() {
        EngineSelection selection =
                EngineSelection.choose(null, new EngineSelection.Facts(false, false, false, true, null, false, false));

        assertThat(selection.engines()).containsExactlyInAnyOrder(AuditEngine.OSV, AuditEngine.DEPENDENCY_CHECK);
        assertThat(selection.notRun()).isEmpty();
        assertThat(selection.describe())
                .isEqualTo(
                        "engines: osv (managed database), dependency-check (NVD mirror gatekeeper.audit.nvdDatafeedUrl)");
    }

    @Test
    void anApiKeyOrAnExistingDatabaseOrOnlineUpdateCountsAsNvdData() {
        assertThat(EngineSelection.choose(
                                null,
                                new EngineSelection.Facts(false, false, false, false, "NVD_API_KEY", false, false))
                        .ran())
                .contains("dependency-check (NVD API key from NVD_API_KEY)");
        assertThat(EngineSelection.choose(
                                null, new EngineSelection.Facts(false, false, false, false, null, true, false))
                        .engines())
                .contains(AuditEngine.DEPENDENCY_CHECK);
        assertThat(EngineSelection.choose(
                                null, new EngineSelection.Facts(false, false, false, false, null, false, true))
                        .engines())
                .contains(AuditEngine.DEPENDENCY_CHECK);
    }

    @Test
    void offlineAnApiKeyOrOnlineUpdateIsNoDataButAnExistingDatabaseIs() {
        EngineSelection keyOnly = EngineSelection.choose(
                null, new EngineSelection.Facts(false, true, true, false, "NVD_API_KEY", false, true));
        assertThat(keyOnly.engines()).containsExactly(AuditEngine.OSV);
        assertThat(keyOnly.ran()).containsExactly("osv (managed database, cached copy)");

        EngineSelection database = EngineSelection.choose(
                null, new EngineSelection.Facts(false, true, true, false, "NVD_API_KEY", true, false));
        assertThat(database.engines()).containsExactlyInAnyOrder(AuditEngine.OSV, AuditEngine.DEPENDENCY_CHECK);
    }

    @Test
    void offlineWithoutACachedCopyDependencyCheckRunsAloneAndTheLogSaysHowToPrimeTheCache() {
        EngineSelection selection =
                EngineSelection.choose(null, new EngineSelection.Facts(false, false, true, true, null, false, false));

        assertThat(selection.engines()).containsExactly(AuditEngine.DEPENDENCY_CHECK);
        assertThat(selection.notRun())
                .singleElement()
                .asString()
                .startsWith("osv not run: offline and no copy of the managed OSV database is cached")
                .contains("mvn dev.gatekeeper:gatekeeper-maven-plugin:audit-update");
    }

    @Test
    void offlineWithNoDataAtAllOsvIsChosenSoItsErrorSaysHowToPrimeTheCache() {
        EngineSelection selection =
                EngineSelection.choose(null, new EngineSelection.Facts(false, false, true, false, null, false, false));

        assertThat(selection.engines()).containsExactly(AuditEngine.OSV);
        assertThat(selection.ran()).containsExactly("osv (managed database, none cached)");
    }

    @Test
    void anExplicitDatabaseIsOsvDataEvenOffline() {
        EngineSelection selection =
                EngineSelection.choose(null, new EngineSelection.Facts(true, false, true, false, null, false, false));

        assertThat(selection.engines()).containsExactly(AuditEngine.OSV);
        assertThat(selection.ran()).containsExactly("osv (gatekeeper.audit.osv.database)");
    }

    @Test
    void anExplicitListDecidesAloneWhateverDataThereIs() {
        EngineSelection selection = EngineSelection.choose(
                "dependency-check", new EngineSelection.Facts(true, true, false, true, null, true, false));

        assertThat(selection.engines()).isEqualTo(EnumSet.of(AuditEngine.DEPENDENCY_CHECK));
        assertThat(selection.describe())
                .isEqualTo("engines: dependency-check; osv not run: not named in gatekeeper.audit.engines");
    }

    @Test
    void anExplicitListWithAnUnknownEngineIsRejectedNamingIt() {
        assertThatThrownBy(() -> EngineSelection.choose("osv,grype", NOTHING_CONFIGURED))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown engine 'grype'");
    }
}
