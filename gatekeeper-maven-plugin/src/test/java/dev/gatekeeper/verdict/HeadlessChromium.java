package dev.gatekeeper.verdict;

import dev.gatekeeper.core.CommandOutcome;
import dev.gatekeeper.core.CommandSpec;
import dev.gatekeeper.core.ProcessRunner;
import dev.gatekeeper.core.SecretRedactor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Renders a local page in headless Chromium: one run takes a screenshot, dumps the DOM and logs
 * what the page said on its console to stderr.
 */
final class HeadlessChromium {
    static final Path DEFAULT_PATH = Path.of("/usr/bin/chromium");

    /** A hung browser is killed, with everything it started, after this long. */
    private static final Duration TIMEOUT = Duration.ofSeconds(90);

    private static final List<String> FLAGS = List.of(
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync");

    /**
     * What marks a stderr line as being about the page rather than about Chromium itself. With
     * {@code --enable-logging=stderr}, every console message of a page (console.error, an uncaught
     * exception, a Content-Security-Policy violation, a failed load) is logged as
     * {@code [pid:tid:time:INFO:CONSOLE:line] "message", source: file:///...}, whatever its level.
     * The rest of stderr is Chromium's own noise (no D-Bus in a container, no GPU) and never
     * carries these markers.
     */
    private static final Pattern PAGE_PROBLEM = Pattern.compile(
            ":CONSOLE[:(]|Uncaught|Refused to|violates the following Content Security Policy|net::ERR_");

    private final Path executable;

    private HeadlessChromium(Path executable) {
        this.executable = executable;
    }

    /** The {@code gatekeeper.chromium} system property, else the CHROMIUM environment variable, else Debian's path. */
    static Optional<HeadlessChromium> find() {
        String configured = System.getProperty("gatekeeper.chromium", System.getenv("CHROMIUM"));
        Path path = configured == null || configured.isBlank() ? DEFAULT_PATH : Path.of(configured);
        return Files.isExecutable(path) ? Optional.of(new HeadlessChromium(path)) : Optional.empty();
    }

    static String configuredPath() {
        String configured = System.getProperty("gatekeeper.chromium", System.getenv("CHROMIUM"));
        return configured == null || configured.isBlank() ? DEFAULT_PATH.toString() : configured;
    }

    Rendering render(Path page, Path screenshot, Path workDirectory) throws IOException, InterruptedException {
        Files.createDirectories(screenshot.toAbsolutePath().getParent());
        Files.deleteIfExists(screenshot);
        Path userDataDirectory = Files.createDirectories(workDirectory.resolve("chromium-profile"));
        Path stderr = workDirectory.resolve("chromium-stderr.log");
        Path dom = workDirectory.resolve("dom.html");
        String pageUrl = page.toAbsolutePath().toUri().toString();
        List<String> arguments = new ArrayList<>(FLAGS);
        arguments.addAll(List.of(
                "--user-data-dir=" + userDataDirectory.toAbsolutePath(),
                "--window-size=1280,2000",
                "--screenshot=" + screenshot.toAbsolutePath(),
                "--dump-dom",
                "--enable-logging=stderr",
                "--v=0",
                pageUrl));
        CommandSpec spec = new CommandSpec(
                "chromium", executable.toString(), arguments, workDirectory, Map.of(), TIMEOUT, Set.of(0));
        CommandOutcome outcome = ProcessRunner.run(spec, stderr, new SecretRedactor(Map.of(), List.of()), dom);
        List<String> stderrLines = Files.exists(stderr) ? Files.readAllLines(stderr) : List.of();
        String dumpedDom = Files.exists(dom) ? Files.readString(dom) : "";
        return new Rendering(outcome, stderrLines, dumpedDom, screenshot, pageUrl);
    }

    /**
     * @param stderr Chromium's stderr, its own noise and the page's console messages
     * @param dom    the DOM after loading, as Chromium serialises it
     */
    record Rendering(CommandOutcome outcome, List<String> stderr, String dom, Path screenshot, String pageUrl) {
        /** The stderr lines that are about the page: console messages, script errors, blocked loads. */
        List<String> pageProblems() {
            return stderr.stream()
                    .filter(line -> PAGE_PROBLEM.matcher(line).find() || line.contains(pageUrl))
                    .toList();
        }

        String describe() {
            return "exit " + outcome.exitCode() + (outcome.timedOut() ? " (timed out)" : "")
                    + (outcome.startFailure() == null ? "" : " (" + outcome.startFailure() + ")")
                    + ", stderr:\n" + String.join("\n", stderr);
        }
    }
}
