package dev.gatekeeper.release;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatekeeper.release.PluginProfiles.DeclaredProfile;
import dev.gatekeeper.release.PluginProfiles.Pom;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link PluginProfiles}: the one path that replaced the scan's three (the module's active profiles, the
 * parents' injected profile ids, the chain's declared profiles) and the memory of an earlier module.
 */
class PluginProfilesTest {
    private static final String GATEKEEPER = "dev.gatekeeper:gatekeeper-maven-plugin";

    @Test
    void theThreeWaysAPluginComesFromAProfileAgreeOnTheProfile() {
        Pom ownActive = new Pom(Set.of(), List.of(profile("merge-ready", true)));
        Pom module = new Pom(Set.of(), List.of());
        Pom parentRecordedActive = new Pom(Set.of(), List.of(profile("merge-ready", true)));
        Pom parentNotRecorded = new Pom(Set.of(), List.of(profile("merge-ready", false)));

        String fromOwnActiveProfile = new PluginProfiles().declaring(List.of(ownActive), GATEKEEPER);
        String fromParentsInjectedId =
                new PluginProfiles().declaring(List.of(module, parentRecordedActive), GATEKEEPER);
        String fromTheChainWhenMavenRecordsNoId =
                new PluginProfiles().declaring(List.of(module, parentNotRecorded), GATEKEEPER);

        assertThat(List.of(fromOwnActiveProfile, fromParentsInjectedId, fromTheChainWhenMavenRecordsNoId))
                .containsOnly("merge-ready");
    }

    @Test
    void aPluginTheChainDeclaresInAMainBuildComesFromNoProfileUnlessAnActiveProfileDeclaresIt() {
        Pom module = new Pom(Set.of(), List.of());
        Pom parent = new Pom(Set.of(GATEKEEPER), List.of(profile("merge-ready", false)));

        assertThat(new PluginProfiles().declaring(List.of(module, parent), GATEKEEPER))
                .isNull();

        Pom parentActive = new Pom(Set.of(GATEKEEPER), List.of(profile("merge-ready", true)));
        assertThat(new PluginProfiles().declaring(List.of(module, parentActive), GATEKEEPER))
                .isEqualTo("merge-ready");
    }

    @Test
    void aModuleWhoseChainShowsNoProfileInheritsTheOneAnEarlierModuleFoundUnlessItDeclaresThePluginItself() {
        PluginProfiles scan = new PluginProfiles();
        Pom root = new Pom(Set.of(GATEKEEPER), List.of(profile("merge-ready", true)));
        Pom flattened = new Pom(Set.of(), List.of());
        Pom ownDeclaration = new Pom(Set.of(GATEKEEPER), List.of());

        assertThat(scan.declaring(List.of(root), GATEKEEPER)).isEqualTo("merge-ready");
        assertThat(scan.declaring(List.of(flattened), GATEKEEPER)).isEqualTo("merge-ready");
        assertThat(scan.declaring(List.of(ownDeclaration), GATEKEEPER)).isNull();
        assertThat(new PluginProfiles().declaring(List.of(flattened), GATEKEEPER))
                .isNull();
    }

    private static DeclaredProfile profile(String id, boolean active) {
        return new DeclaredProfile(id, active, Set.of(GATEKEEPER));
    }
}
