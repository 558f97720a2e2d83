package dev.gatekeeper.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DeployOrderTest {
    private static final String GATEKEEPER = "dev.gatekeeper:gatekeeper-maven-plugin";

    private static DeployOrder.BuildPlugin gatekeeper() {
        return new DeployOrder.BuildPlugin(
                GATEKEEPER, List.of(new DeployOrder.Execution("guard", null, List.of("guard"), false)));
    }

    private static DeployOrder.BuildPlugin deploy(DeployOrder.Execution... executions) {
        return new DeployOrder.BuildPlugin(DeployOrder.DEPLOY_PLUGIN, List.of(executions));
    }

    private static DeployOrder.Execution execution(String id, String phase, boolean atEnd) {
        return new DeployOrder.Execution(id, phase, List.of("deploy"), atEnd);
    }

    @Test
    void defaultDeployInTheDeployPhaseRunsFirstAndIsRefused() {
        List<String> problems = DeployOrder.problems(
                List.of(gatekeeper(), deploy(execution("default-deploy", "deploy", false))), GATEKEEPER, false);

        assertThat(problems).singleElement().asString().contains("'default-deploy'");
    }

    @Test
    void recommendedConfigurationHasNoProblem() {
        List<String> problems = DeployOrder.problems(
                List.of(
                        gatekeeper(),
                        deploy(
                                execution("default-deploy", "none", false),
                                execution("deploy-after-guard", "deploy", false))),
                GATEKEEPER,
                false);

        assertThat(problems).isEmpty();
    }

    @Test
    void deployPluginDeclaredBeforeGatekeeperIsRefused() {
        List<String> problems = DeployOrder.problems(
                List.of(
                        deploy(
                                execution("default-deploy", "none", false),
                                execution("deploy-after-guard", null, false)),
                        gatekeeper()),
                GATEKEEPER,
                false);

        assertThat(problems)
                .singleElement()
                .asString()
                .contains("'deploy-after-guard'")
                .contains("declared before gatekeeper-maven-plugin");
    }

    @Test
    void severalModulesNeedDeployAtEnd() {
        List<DeployOrder.BuildPlugin> plugins = List.of(
                gatekeeper(),
                deploy(execution("default-deploy", "none", false), execution("deploy-after-guard", "deploy", false)));

        assertThat(DeployOrder.problems(plugins, GATEKEEPER, true))
                .singleElement()
                .asString()
                .contains("deployAtEnd=true");
        assertThat(DeployOrder.problems(
                        List.of(
                                gatekeeper(),
                                deploy(
                                        execution("default-deploy", "none", false),
                                        execution("deploy-after-guard", "deploy", true))),
                        GATEKEEPER,
                        true))
                .isEmpty();
    }

    @Test
    void withoutDeployPluginThereIsNothingToOrder() {
        assertThat(DeployOrder.problems(List.of(gatekeeper()), GATEKEEPER, true))
                .isEmpty();
    }
}
