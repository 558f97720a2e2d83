package dev.gatekeeper.core;

import com.fasterxml.jackson.core.JacksonException;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Gate results on disk: one JSON file per gate under a module's {@code target/gatekeeper/results/}.
 * The verdict reads them back, so a result survives the module's mojo and can travel between CI jobs.
 */
public final class ResultStore {
    public static final String RESULTS_DIR = "results";

    private final Path resultsDirectory;

    public ResultStore(Path gatekeeperDirectory) {
        this.resultsDirectory = gatekeeperDirectory.resolve(RESULTS_DIR);
    }

    public Path directory() {
        return resultsDirectory;
    }

    public Path write(GateResult result) throws IOException {
        Path file = resultsDirectory.resolve(fileNameOf(result));
        // the build's secrets never reach a result: it travels to the verdict, other CI jobs and deploy
        AtomicFiles.write(
                file, SecretRedactor.build().redactBytes(GatekeeperJson.mapper().writeValueAsBytes(result)));
        return file;
    }

    /** Every result in the directory; an unreadable file is reported by name, never skipped silently. */
    public List<GateResult> readAll() throws EvidenceException {
        List<GateResult> results = new ArrayList<>();
        if (!Files.isDirectory(resultsDirectory)) {
            return results;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(resultsDirectory, "*.json")) {
            for (Path file : files) {
                results.add(read(file));
            }
        } catch (IOException e) {
            throw new EvidenceException("cannot list " + resultsDirectory + ": " + e.getMessage(), e);
        }
        results.sort((a, b) -> a.label().compareTo(b.label()));
        return results;
    }

    static String fileNameOf(GateResult result) {
        return fileName(result.gate(), result.subject());
    }

    /** {@code <gate>.json}, or {@code <gate>-<subject>.json} for one subject (null for none) of a gate. */
    public static String fileName(String gate, String subject) {
        return subject == null ? gate + ".json" : gate + "-" + subject + ".json";
    }

    /** Removes this gate's results of earlier builds, so a subject that is no longer configured leaves nothing behind. */
    public void clear(String gate) throws IOException {
        if (!Files.isDirectory(resultsDirectory)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(resultsDirectory, gate + "{,-*}.json")) {
            for (Path file : files) {
                Files.deleteIfExists(file);
            }
        }
    }

    public static GateResult read(Path file) throws EvidenceException {
        try {
            GateResult result = GatekeeperJson.mapper().readValue(file.toFile(), GateResult.class);
            if (result == null) {
                throw new EvidenceException(file + " is empty, expected a gate result");
            }
            return result;
        } catch (JacksonException e) {
            throw new EvidenceException(
                    file + " is not a valid gate result: " + e.getOriginalMessage() + locationOf(e), e);
        } catch (IOException e) {
            throw new EvidenceException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static String locationOf(JacksonException e) {
        return e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
    }
}
