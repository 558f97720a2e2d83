package dev.gatekeeper.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One gate run over a hostile input, judged as a user would see it: every finding, the summary and
 * the log lines together. A gate that throws is judged by what the goal would print of it ("could not
 * run: " and the exception's message, as {@code AbstractGateMojo} does); an {@link Error} (stack
 * overflow, out of memory) is not caught, so it fails the test that provoked it.
 */
public final class HostileRun {
    /** A stack frame, or an exception class named the way a dump names it ({@code java.io.FooException:}). */
    private static final Pattern STACK_TRACE = Pattern.compile(
            "\\tat |\\n\\s+at [\\w$.]+\\(|\\b(?:[a-z_$][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error)\\b|Caused by:");

    private final GateResult result;
    private final List<String> log;
    private final Exception crash;

    private HostileRun(GateResult result, List<String> log, Exception crash) {
        this.result = result;
        this.log = log;
        this.crash = crash;
    }

    /** Runs {@code gate} over a fresh evaluation with a recording log. */
    public static HostileRun of(Gate gate) {
        RecordingGateLog log = new RecordingGateLog();
        GateEvaluation evaluation = new GateEvaluation(gate.name(), "g:hostile", "build-1", Clock.systemUTC(), log);
        return of(evaluation, log.lines(), () -> gate.evaluate(evaluation));
    }

    /** Runs {@code body} (a gate, or the part of one that reads the input) over {@code evaluation}. */
    public static HostileRun of(GateEvaluation evaluation, List<String> log, Body body) {
        Exception crash = null;
        try {
            body.run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } catch (Exception e) {
            crash = e;
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            evaluation.add(Finding.of(
                    evaluation.gate().toUpperCase() + "_GATE_ERROR",
                    GateStatus.ERROR,
                    evaluation.gate() + " could not run: " + reason));
        }
        return new HostileRun(evaluation.finish(), log, crash);
    }

    @FunctionalInterface
    public interface Body {
        void run() throws Exception;
    }

    public GateResult result() {
        return result;
    }

    /** What was thrown out of the gate, or null: a gate should turn bad input into a finding itself. */
    public Exception crash() {
        return crash;
    }

    /** Everything a user reads of this run: summary, findings (message, detail, fix, file) and log lines. */
    public String text() {
        StringBuilder text = new StringBuilder(String.valueOf(result.summary())).append('\n');
        for (Finding finding : result.findings()) {
            text.append(finding.code()).append(' ').append(finding.message()).append('\n');
            if (finding.file() != null) {
                text.append(finding.file()).append('\n');
            }
            if (finding.detail() != null) {
                text.append(finding.detail()).append('\n');
            }
            if (finding.fix() != null) {
                text.append(finding.fix()).append('\n');
            }
        }
        log.forEach(line -> text.append(line).append('\n'));
        return text.toString();
    }

    /** The finding messages (with their file), where a name of the input must appear. */
    public String messages() {
        StringBuilder text = new StringBuilder();
        for (Finding finding : result.findings()) {
            text.append(finding.message())
                    .append(' ')
                    .append(finding.file() == null ? "" : finding.file())
                    .append('\n');
        }
        return text.toString();
    }

    /**
     * The properties every hostile case asserts: the run is not PASS, some finding names the input,
     * and nothing the user reads holds a stack trace or an exception's class name.
     */
    public HostileRun namesInputWithoutStackTrace(String inputName) {
        assertThat(result.status()).as("status of a run over a hostile input").isNotEqualTo(GateStatus.PASS);
        return namesInput(inputName);
    }

    /** As {@link #namesInputWithoutStackTrace} for inputs that may be judged PASS after a warning. */
    public HostileRun namesInput(String inputName) {
        assertThat(messages())
                .as("the findings name the input; the whole text was:%n%s", text())
                .contains(inputName);
        return noStackTrace();
    }

    public HostileRun noStackTrace() {
        assertThat(STACK_TRACE.matcher(text()).find())
                .as("a stack trace or exception class in:%n%s", text())
                .isFalse();
        return this;
    }

    /** Path to SHA-256 (or link target) of every file under {@code root}, {@code target/} left out. */
    public static Map<String, String> tree(Path root) {
        Map<String, String> tree = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.toList()) {
                String name = root.relativize(path).toString().replace('\\', '/');
                if (name.equals("target")
                        || name.startsWith("target/")
                        || name.endsWith("/target")
                        || name.contains("/target/")) {
                    continue;
                }
                if (Files.isSymbolicLink(path)) {
                    tree.put(name, "-> " + Files.readSymbolicLink(path));
                } else if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS) && Files.isReadable(path)) {
                    tree.put(name, Digests.sha256(path) + " " + Files.getLastModifiedTime(path));
                } else {
                    tree.put(name, "dir");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tree;
    }

    /** Lines for tests that want to see what was logged. */
    public List<String> log() {
        return new ArrayList<>(log);
    }
}
