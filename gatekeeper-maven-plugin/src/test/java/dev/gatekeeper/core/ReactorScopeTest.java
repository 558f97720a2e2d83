package dev.gatekeeper.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReactorScopeTest {

    @Test
    void resumedFromTheLastModuleCoversOneOfFour() {
        ReactorScope scope = ReactorScope.of(List.of("g:c"), List.of("g:parent", "g:a", "g:b", "g:c"));

        assertThat(scope.partial()).isTrue();
        assertThat(scope.modules()).isEqualTo(4);
        assertThat(scope.notBuilt()).containsExactly("g:parent", "g:a", "g:b");
        assertThat(scope.headline()).isEqualTo("partial reactor: 1 of 4 modules");
        assertThat(scope.description())
                .isEqualTo("partial reactor: 1 of 4 modules in this build (c); not built: parent, a, b");
    }

    @Test
    void everyModuleBuiltIsNotPartial() {
        ReactorScope scope = ReactorScope.of(List.of("g:parent", "g:a"), List.of("g:parent", "g:a"));

        assertThat(scope.partial()).isFalse();
        assertThat(scope.modules()).isEqualTo(2);
    }

    @Test
    void unknownReactorCountsAsWhole() {
        assertThat(ReactorScope.of(List.of("g:a"), null).partial()).isFalse();
        assertThat(ReactorScope.of(List.of("g:a"), List.of()).partial()).isFalse();
    }

    @Test
    void writesModuleCountAndListsInEvidence() throws Exception {
        String json =
                GatekeeperJson.mapper().writeValueAsString(ReactorScope.of(List.of("g:c"), List.of("g:a", "g:c")));

        assertThat(json.replaceAll("\\s", "")).isEqualTo("{\"modules\":2,\"built\":[\"g:c\"],\"notBuilt\":[\"g:a\"]}");
    }
}
