package dev.gatekeeper.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/** What {@link ProcessTree} counts as alive, and what ending it reports. */
@EnabledOnOs(OS.LINUX)
class ProcessTreeTest {

    /**
     * Under load the JDK's reaper thread may not yet have collected a command that was just killed:
     * {@link Process#isAlive()} still says true while the process is already a zombie. That must
     * not be reported as a process that survived ending (it was: "ended 0 processes; 1 could not be
     * ended: pid …: (command line unknown)").
     */
    @Test
    void commandKilledButNotYetReapedByTheJdkIsNotASurvivor() throws Exception {
        Process parent = new ProcessBuilder("sh", "-c", "sh -c 'exit 0' & exec sleep 30").start();
        try {
            ProcessHandle zombie = awaitZombieChild(parent);
            ProcessTree tree = new ProcessTree();
            tree.started(new NotYetReaped(zombie));

            assertThat(tree.alive()).isEmpty();
            ProcessTree.Ending ending = tree.end();
            assertThat(ending.survivors()).isEmpty();
            assertThat(ending.ended()).isZero();
        } finally {
            parent.destroyForcibly();
            parent.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static ProcessHandle awaitZombieChild(Process parent) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            Optional<ProcessHandle> zombie = parent.children()
                    .filter(child -> child.isAlive() && state(child) == 'Z')
                    .findFirst();
            if (zombie.isPresent()) {
                return zombie.get();
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no zombie child of pid " + parent.pid() + " within 10 s");
    }

    private static char state(ProcessHandle handle) {
        try {
            String stat =
                    Files.readString(Path.of("/proc", String.valueOf(handle.pid()), "stat"), StandardCharsets.UTF_8);
            int close = stat.lastIndexOf(')');
            return stat.charAt(close + 2);
        } catch (Exception e) {
            return '?';
        }
    }

    /** A command the JDK has not reaped yet: it says it is alive, its handle is a zombie. */
    private static final class NotYetReaped extends Process {
        private final ProcessHandle handle;

        NotYetReaped(ProcessHandle handle) {
            this.handle = handle;
        }

        @Override
        public boolean isAlive() {
            return true;
        }

        @Override
        public ProcessHandle toHandle() {
            return handle;
        }

        @Override
        public Stream<ProcessHandle> descendants() {
            return Stream.empty();
        }

        @Override
        public OutputStream getOutputStream() {
            return OutputStream.nullOutputStream();
        }

        @Override
        public InputStream getInputStream() {
            return InputStream.nullInputStream();
        }

        @Override
        public InputStream getErrorStream() {
            return InputStream.nullInputStream();
        }

        @Override
        public int waitFor() {
            return 0;
        }

        @Override
        public int exitValue() {
            return 0;
        }

        @Override
        public void destroy() {}
    }
}
