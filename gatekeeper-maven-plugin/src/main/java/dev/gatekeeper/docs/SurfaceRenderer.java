package dev.gatekeeper.docs;

import dev.gatekeeper.core.AtomicFiles;
import dev.gatekeeper.core.CommandOutcome;
import dev.gatekeeper.core.CommandSpec;
import dev.gatekeeper.core.CommandStep;
import dev.gatekeeper.core.ConfinedReads;
import dev.gatekeeper.core.GateEvaluation;
import dev.gatekeeper.core.GateLog;
import dev.gatekeeper.core.ProcessRunner;
import dev.gatekeeper.core.SecretRedactor;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Renders each configured surface at most once per run: runs its command, reads its descriptor or file. */
final class SurfaceRenderer {
    /** Help text and schemas are small; anything larger is a mistake, not documentation. */
    static final long MAX_BYTES = 1024 * 1024;

    private static final Pattern OPTION = Pattern.compile("(?<![A-Za-z0-9_-])--[A-Za-z0-9][A-Za-z0-9_-]*");

    private final DocsSettings settings;
    private final GateEvaluation evaluation;
    private final GateLog log;
    private final Map<String, Rendering> rendered = new HashMap<>();

    SurfaceRenderer(DocsSettings settings, GateEvaluation evaluation) {
        this.settings = settings;
        this.evaluation = evaluation;
        this.log = evaluation.log();
    }

    Rendering render(Surface surface) throws IOException, InterruptedException {
        Rendering cached = rendered.get(surface.name());
        if (cached == null) {
            if (surface.source() instanceof Surface.CommandSource command) {
                cached = runCommand(surface.name(), command.command(), command.markdown());
            } else if (surface.source() instanceof Surface.DescriptorSource descriptor) {
                cached = PluginDescriptorSurface.render(descriptor.descriptor(), descriptor.goal(), settings);
            } else {
                cached = readFile((Surface.FileSource) surface.source());
            }
            rendered.put(surface.name(), cached);
        }
        return cached;
    }

    private Rendering runCommand(String name, CommandSpec spec, boolean markdown)
            throws IOException, InterruptedException {
        Path directory = settings.outputDirectory();
        Files.createDirectories(directory);
        Path stdout = directory.resolve(name + ".out");
        Path stderr = directory.resolve(name + ".log");
        Files.deleteIfExists(stdout);
        SecretRedactor redactor = new SecretRedactor(spec.environment(), spec.arguments());
        String commandLine = ProcessRunner.describe(spec, redactor);
        Path commandFile = directory.resolve(name + ".command.txt");
        AtomicFiles.writeString(commandFile, commandLine + "\n");
        log.info("surface '" + name + "': running its command (" + settings.display(commandFile) + ")");
        log.debug("surface '" + name + "': " + commandLine);
        CommandOutcome outcome = ProcessRunner.run(spec, stderr, redactor, stdout);
        evaluation.recordToolTime(CommandStep.TOOL, outcome.duration());
        String shownLog = settings.display(stderr);
        if (!outcome.started()) {
            return Rendering.unavailable("its command could not start: " + outcome.startFailure(), null);
        }
        if (outcome.timedOut()) {
            return Rendering.unavailable(
                    "its command did not finish within " + CommandSpec.readable(spec.timeout())
                            + " and was killed; standard error is in " + shownLog,
                    outcome.tailText());
        }
        if (outcome.outputTooLarge()) {
            return Rendering.unavailable(
                    "its command printed more than " + spec.maxOutputBytes() / CommandSpec.megabytes(1)
                            + " MB and was stopped (-D" + CommandSpec.MAX_OUTPUT_PROPERTY + "); standard error is in "
                            + shownLog,
                    outcome.tailText());
        }
        if (!outcome.leftoverProcesses().isEmpty()) {
            log.warn("surface '" + name + "': its command exited but left "
                    + String.join(", ", outcome.leftoverProcesses()) + " running; " + outcome.endingText());
        }
        if (!outcome.succeeded(spec)) {
            return Rendering.unavailable(
                    "its command exited with " + outcome.exitCode() + " (allowed: "
                            + spec.allowedExitCodes().stream().sorted().toList() + "); standard error is in "
                            + shownLog,
                    outcome.tailText());
        }
        if (!Files.isRegularFile(stdout) || Files.size(stdout) == 0) {
            return Rendering.unavailable(
                    "its command printed nothing on standard output (what it printed on standard " + "error, in "
                            + shownLog + ", is not the surface)",
                    outcome.tailText());
        }
        if (Files.size(stdout) > MAX_BYTES) {
            return Rendering.unavailable(
                    "its command printed " + Files.size(stdout) + " bytes, more than the limit of " + MAX_BYTES, null);
        }
        String printed = new String(Files.readAllBytes(stdout), StandardCharsets.UTF_8);
        // a secret in the help text is masked in the kept output, the comparison and an updated page
        String masked = SecretRedactor.build().redact(printed);
        if (!masked.equals(printed)) {
            AtomicFiles.writeString(stdout, masked);
        }
        String output = SurfaceText.clean(masked);
        return Rendering.of(markdown ? output : SurfaceText.fenced("text", output), options(output));
    }

    private Rendering readFile(Surface.FileSource source) throws IOException {
        Path file = source.file();
        String shown = settings.display(file);
        // A file surface is copied into committed docs: it must not bring in a file from outside the repository.
        String outside = ConfinedReads.problem(settings.repositoryRoot(), file, shown);
        if (outside != null) {
            return Rendering.unavailable(outside, null);
        }
        if (!Files.isRegularFile(file)) {
            return Rendering.unavailable("the file " + shown + " does not exist", null);
        }
        if (Files.size(file) > MAX_BYTES) {
            return Rendering.unavailable(
                    "the file " + shown + " has " + Files.size(file) + " bytes, more than the limit of " + MAX_BYTES,
                    null);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException e) {
            return Rendering.unavailable("the file " + shown + " is not UTF-8 text", null);
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        String language = source.language() != null
                ? source.language()
                : SurfaceText.languageOf(file.getFileName().toString());
        return Rendering.of(SurfaceText.fenced(language, SurfaceText.clean(text)), List.of());
    }

    /** Every distinct {@code --option} in the output, in order of appearance. */
    static List<Rendering.Mention> options(String output) {
        Set<String> options = new LinkedHashSet<>();
        Matcher m = OPTION.matcher(output);
        while (m.find()) {
            options.add(m.group());
        }
        List<Rendering.Mention> mentions = new ArrayList<>();
        for (String option : options) {
            mentions.add(
                    new Rendering.Mention(DocsCodes.UNDOCUMENTED_OPTION.code(), "option " + option, List.of(option)));
        }
        return mentions;
    }
}
