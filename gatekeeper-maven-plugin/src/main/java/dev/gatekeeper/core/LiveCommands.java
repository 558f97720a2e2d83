package dev.gatekeeper.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The command trees running now, ended by one JVM shutdown hook when Maven itself is terminated
 * (SIGTERM, SIGINT): a cancelled CI job must not leave a certification command running. The hook is
 * registered while a command runs and removed when none does. A JVM killed with SIGKILL runs no hook.
 */
final class LiveCommands {
    private static final Set<ProcessTree> LIVE = ConcurrentHashMap.newKeySet();
    private static Thread hook;

    private LiveCommands() {}

    static synchronized void add(ProcessTree tree) {
        // Maven closes the plugin's class realm as the JVM exits: a class the hook needs must be loaded before,
        // or ending a tree fails there with NoClassDefFoundError after its processes were signalled
        ProcessTree.Ending.NOTHING.getClass();
        LIVE.add(tree);
        if (hook == null) {
            Thread thread = new Thread(LiveCommands::endAll, "gatekeeper-end-commands");
            try {
                Runtime.getRuntime().addShutdownHook(thread);
                hook = thread;
            } catch (IllegalStateException e) {
                // the JVM is shutting down already: the runner ends the tree itself
            }
        }
    }

    static synchronized void remove(ProcessTree tree) {
        LIVE.remove(tree);
        if (LIVE.isEmpty() && hook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // shutting down: the hook is running or ran
            }
            hook = null;
        }
    }

    /** Ends every live tree, in parallel so that one slow tree does not delay the others' SIGKILL. */
    private static void endAll() {
        List<Thread> enders = new ArrayList<>();
        for (ProcessTree tree : Set.copyOf(LIVE)) {
            Thread ender = new Thread(tree::endQuietly, "gatekeeper-end-command");
            ender.start();
            enders.add(ender);
        }
        for (Thread ender : enders) {
            try {
                ender.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
