package dev.gatekeeper.guard;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds deploy executions Maven would run before the guard. Within the {@code deploy} phase Maven
 * runs the packaging's default executions ({@code default-deploy}) first, then the executions
 * declared in the POM in the order their plugins are declared. A deploy that runs first has
 * already uploaded when the guard refuses, so that configuration is itself refused.
 */
public final class DeployOrder {
    public static final String DEPLOY_PLUGIN = "org.apache.maven.plugins:maven-deploy-plugin";
    static final String DEPLOY_PHASE = "deploy";

    private DeployOrder() {}

    /** An execution as the effective POM declares it; a null phase means the goal's default phase. */
    public record Execution(String id, String phase, List<String> goals, boolean deployAtEnd) {}

    /** A build plugin in effective-POM order with its executions. */
    public record BuildPlugin(String key, List<Execution> executions) {}

    /**
     * One line per deploy execution of {@code plugins} (one module's build plugins, in order) that
     * runs before the guard, declared by the plugin {@code guardPluginKey}; and, when
     * {@code reactorDeploysAtEnd} is required (several modules), each deploy that would upload its
     * module before the last module's guard has checked the whole reactor.
     */
    public static List<String> problems(List<BuildPlugin> plugins, String guardPluginKey, boolean requireDeployAtEnd) {
        int guardIndex = indexOf(plugins, guardPluginKey);
        int deployIndex = indexOf(plugins, DEPLOY_PLUGIN);
        List<String> problems = new ArrayList<>();
        if (deployIndex < 0) {
            return problems;
        }
        for (Execution execution : plugins.get(deployIndex).executions()) {
            if (!execution.goals().contains("deploy") || !inDeployPhase(execution)) {
                continue;
            }
            if (execution.id().startsWith("default-")) {
                problems.add("maven-deploy-plugin's execution '" + execution.id()
                        + "' is bound to the deploy phase, and Maven runs it before any execution declared in the POM");
            } else if (guardIndex < 0 || deployIndex < guardIndex) {
                problems.add("maven-deploy-plugin's execution '" + execution.id()
                        + "' runs before the guard: maven-deploy-plugin is declared before gatekeeper-maven-plugin");
            } else if (requireDeployAtEnd && !execution.deployAtEnd()) {
                problems.add("maven-deploy-plugin's execution '" + execution.id() + "' uploads each module as it is"
                        + " built, before the last module's guard has checked the reactor: it needs deployAtEnd=true");
            }
        }
        return problems;
    }

    private static boolean inDeployPhase(Execution execution) {
        return execution.phase() == null || DEPLOY_PHASE.equals(execution.phase());
    }

    private static int indexOf(List<BuildPlugin> plugins, String key) {
        for (int i = 0; i < plugins.size(); i++) {
            if (plugins.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }
}
