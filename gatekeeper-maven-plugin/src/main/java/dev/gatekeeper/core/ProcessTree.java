package dev.gatekeeper.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Every process one command started, detached or not, and how to end them.
 *
 * <p>On Linux the command is started with {@link #MARKER} set to an id of its own; every descendant
 * inherits it, and {@code /proc/<pid>/environ} shows it even for a process that was re-parented or
 * started a session of its own ({@code setsid}, a double fork). Only processes of the build's own
 * user are looked at; entries that cannot be read are skipped. A process that clears its
 * environment ({@code env -i}) and is no longer a descendant is not found. Elsewhere the tree is what
 * {@link ProcessHandle#descendants()} still shows, which misses re-parented processes.
 *
 * <p>Ending: SIGTERM to every process found, {@link #TERM_GRACE} to exit, then SIGKILL to whatever is
 * left, looking again each round for processes started meanwhile.
 */
final class ProcessTree {
    /** The environment variable every process of a command inherits. */
    static final String MARKER = "GATEKEEPER_PROCESS_GROUP";
    /** How long processes get to exit after SIGTERM before they are killed. */
    static final Duration TERM_GRACE = Duration.ofSeconds(2);
    /** How long killed processes get to disappear before they count as surviving. */
    private static final Duration KILL_WAIT = Duration.ofSeconds(5);

    private static final int KILL_ROUNDS = 3;
    private static final int MAX_COMMAND_LINE = 4096;
    private static final long POLL_MILLIS = 20;
    private static final Path PROC = Path.of("/proc");
    private static final Object OWN_UID = ownUid();

    private final String id = UUID.randomUUID().toString();
    private volatile Process root;

    /** The marker's value for this tree; put into the command's environment before it starts. */
    String id() {
        return id;
    }

    /** The command's own process, once it started. */
    void started(Process command) {
        this.root = command;
    }

    /** What ending the tree did: how many processes were ended, and the ones still alive after it. */
    record Ending(int ended, List<List<String>> survivors) {
        static final Ending NOTHING = new Ending(0, List.of());
    }

    /** The processes of this tree alive now, the command itself included, each with its command line. */
    Map<ProcessHandle, List<String>> alive() {
        Map<ProcessHandle, List<String>> found = new LinkedHashMap<>();
        Process command = root;
        if (command != null) {
            // Process.isAlive() stays true until the JDK's reaper thread collects the command, which
            // under load lags behind its death: a zombie is not alive
            if (command.isAlive() && isAlive(command.toHandle())) {
                found.put(command.toHandle(), null);
            }
            command.descendants().filter(ProcessTree::isAlive).forEach(handle -> found.put(handle, null));
        }
        if (OWN_UID != null) {
            byte[] wanted = (MARKER + "=" + id).getBytes(StandardCharsets.UTF_8);
            long self = ProcessHandle.current().pid();
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(PROC, "[0-9]*")) {
                for (Path entry : entries) {
                    long pid = Long.parseLong(entry.getFileName().toString());
                    if (pid != self && carries(entry, wanted)) {
                        ProcessHandle.of(pid).filter(ProcessTree::isAlive).ifPresent(handle -> found.put(handle, null));
                    }
                }
            } catch (IOException | RuntimeException e) {
                // /proc went away: the descendants are all that can be found
            }
        }
        found.replaceAll((handle, none) -> commandLine(handle));
        return found;
    }

    /**
     * Ends every process of the tree: SIGTERM, a grace period, then SIGKILL, for as long as new
     * processes keep appearing (a few rounds at most).
     */
    Ending end() throws InterruptedException {
        Map<ProcessHandle, List<String>> seen = new LinkedHashMap<>();
        Map<ProcessHandle, List<String>> alive = alive();
        for (int round = 0; round <= KILL_ROUNDS && !alive.isEmpty(); round++) {
            seen.putAll(alive);
            boolean term = round == 0;
            for (ProcessHandle handle : alive.keySet()) {
                if (term) {
                    handle.destroy();
                } else {
                    handle.destroyForcibly();
                }
            }
            long deadline = System.nanoTime() + (term ? TERM_GRACE : KILL_WAIT).toNanos();
            while (alive.keySet().stream().anyMatch(ProcessTree::isAlive) && System.nanoTime() < deadline) {
                Thread.sleep(POLL_MILLIS);
            }
            alive = alive();
        }
        seen.putAll(alive);
        List<List<String>> survivors = alive.entrySet().stream()
                .map(e -> describe(e.getKey(), e.getValue()))
                .toList();
        return new Ending(seen.size() - alive.size(), survivors);
    }

    /** Like {@link #end()}, for a shutdown hook: never throws, gives up when interrupted. */
    void endQuietly() {
        try {
            end();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            // the JVM is going down; nothing is left to report to
        }
    }

    /** A process as a finding names it: its pid, then its command line's words (redacted by the caller). */
    static List<String> describe(ProcessHandle handle, List<String> commandLine) {
        List<String> words = new ArrayList<>();
        words.add(String.valueOf(handle.pid()));
        words.addAll(commandLine);
        return words;
    }

    /** Alive and not a zombie: a killed process re-parented to an init that does not reap it stays a zombie. */
    static boolean isAlive(ProcessHandle handle) {
        if (!handle.isAlive()) {
            return false;
        }
        if (OWN_UID == null) {
            return true;
        }
        try {
            String stat = Files.readString(
                    PROC.resolve(String.valueOf(handle.pid())).resolve("stat"), StandardCharsets.ISO_8859_1);
            int close = stat.lastIndexOf(')');
            return close < 0 || stat.length() <= close + 2 || stat.charAt(close + 2) != 'Z';
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean carries(Path entry, byte[] wanted) {
        try {
            if (!OWN_UID.equals(Files.getAttribute(entry, "unix:uid"))) {
                return false;
            }
            byte[] environ = Files.readAllBytes(entry.resolve("environ"));
            return containsEntry(environ, wanted);
        } catch (IOException | RuntimeException e) {
            return false; // gone meanwhile, or not readable
        }
    }

    /** Whether the NUL-separated {@code environ} holds {@code wanted} as one whole entry. */
    static boolean containsEntry(byte[] environ, byte[] wanted) {
        int start = 0;
        while (start < environ.length) {
            int end = start;
            while (end < environ.length && environ[end] != 0) {
                end++;
            }
            if (end - start == wanted.length && Arrays.equals(environ, start, end, wanted, 0, wanted.length)) {
                return true;
            }
            start = end + 1;
        }
        return false;
    }

    /** The process's command line as words; empty when unknown. */
    private static List<String> commandLine(ProcessHandle handle) {
        if (OWN_UID != null) {
            try {
                byte[] raw = Files.readAllBytes(
                        PROC.resolve(String.valueOf(handle.pid())).resolve("cmdline"));
                String line = new String(raw, 0, Math.min(raw.length, MAX_COMMAND_LINE), StandardCharsets.UTF_8);
                List<String> words = Arrays.stream(line.split("\0"))
                        .filter(w -> !w.isEmpty())
                        .toList();
                if (!words.isEmpty()) {
                    return words;
                }
            } catch (IOException e) {
                // fall back to what the JDK knows
            }
        }
        ProcessHandle.Info info = handle.info();
        List<String> words = new ArrayList<>();
        info.command().ifPresent(words::add);
        info.arguments().ifPresent(arguments -> words.addAll(Arrays.asList(arguments)));
        return words;
    }

    private static Object ownUid() {
        try {
            return Files.isDirectory(PROC) ? Files.getAttribute(PROC.resolve("self"), "unix:uid") : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
