package dev.gatekeeper.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A command started by someone else's code, found by the mark in its environment and ended. */
class MarkedProcessesTest {
    @Test
    void closingEndsTheMarkedCommandAndWhatItStartedEvenAfterTheThreadWasInterrupted() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "finding marked processes needs /proc");
        Process command;
        ProcessHandle child;
        try (MarkedProcesses marked = MarkedProcesses.open()) {
            ProcessBuilder builder = new ProcessBuilder("/bin/sh", "-c", "sleep 60 & wait");
            builder.environment().put(marked.variable(), marked.id());
            command = builder.start();
            child = awaitChild(command);
            Thread.currentThread().interrupt();
        }
        boolean stillInterrupted = Thread.interrupted();

        assertThat(command.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(child.onExit().get(10, TimeUnit.SECONDS).isAlive()).isFalse();
        assertThat(stillInterrupted).as("the interrupt is kept for the caller").isTrue();
    }

    @Test
    void anUnmarkedProcessIsLeftAlone() throws Exception {
        Process other = new ProcessBuilder("/bin/sh", "-c", "sleep 60").start();
        try {
            try (MarkedProcesses marked = MarkedProcesses.open()) {
                assertThat(marked.id()).isNotBlank();
            }
            assertThat(other.isAlive()).isTrue();
        } finally {
            other.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static ProcessHandle awaitChild(Process command) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            var child = command.children().findFirst();
            if (child.isPresent()) {
                return child.get();
            }
            Thread.sleep(20);
        }
        throw new AssertionError("sh started no sleep");
    }
}
