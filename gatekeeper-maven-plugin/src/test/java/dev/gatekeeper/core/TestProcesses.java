package dev.gatekeeper.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Finds and ends the processes a test started, by an environment variable of the test's own that
 * every descendant inherits: a test that fails half way must still leave nothing running.
 */
public final class TestProcesses {
    public static final String VARIABLE = "GATEKEEPER_TEST_RUN";

    public final String id = UUID.randomUUID().toString();

    public String entry() {
        return VARIABLE + "=" + id;
    }

    /** The live processes (zombies excluded) whose environment carries this test's variable. */
    public List<Long> alive() {
        List<Long> found = new ArrayList<>();
        byte[] wanted = (entry()).getBytes(StandardCharsets.UTF_8);
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path entry : entries) {
                try {
                    byte[] environ = Files.readAllBytes(entry.resolve("environ"));
                    if (contains(environ, wanted) && !zombie(entry)) {
                        found.add(Long.parseLong(entry.getFileName().toString()));
                    }
                } catch (IOException | RuntimeException e) {
                    // gone, or not ours
                }
            }
        } catch (IOException e) {
            // not Linux: nothing to find
        }
        return found;
    }

    /** Kills every process of this test; returns how many there were. */
    public int killAll() throws InterruptedException {
        List<Long> pids = alive();
        for (long pid : pids) {
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        }
        Thread.sleep(pids.isEmpty() ? 0 : 200);
        return pids.size();
    }

    public static boolean isAlive(long pid) {
        Optional<ProcessHandle> handle = ProcessHandle.of(pid);
        return handle.isPresent() && handle.get().isAlive() && !zombie(Path.of("/proc", String.valueOf(pid)));
    }

    public static long pidIn(Path file) throws IOException {
        return Long.parseLong(Files.readString(file).trim());
    }

    /** Waits up to ten seconds for a file a script writes. */
    static void awaitFile(Path file) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            try {
                if (Files.size(file) > 0 && Files.readString(file).endsWith("\n")) {
                    return;
                }
            } catch (IOException e) {
                // not yet
            }
            Thread.sleep(20);
        }
        throw new AssertionError(file + " was not written within 10 s");
    }

    private static boolean zombie(Path procEntry) {
        try {
            String stat = Files.readString(procEntry.resolve("stat"));
            int close = stat.lastIndexOf(')');
            return close > 0 && stat.length() > close + 2 && stat.charAt(close + 2) == 'Z';
        } catch (IOException e) {
            return true;
        }
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (i > 0 && haystack[i - 1] != 0) {
                continue;
            }
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            if (i + needle.length == haystack.length || haystack[i + needle.length] == 0) {
                return true;
            }
        }
        return false;
    }
}
