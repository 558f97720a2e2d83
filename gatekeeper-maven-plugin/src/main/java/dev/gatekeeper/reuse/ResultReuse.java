package dev.gatekeeper.reuse;

import dev.gatekeeper.core.AtomicFiles;
import dev.gatekeeper.core.GateResult;
import dev.gatekeeper.core.GateStatus;
import dev.gatekeeper.core.GatekeeperJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A gate's last passing result and the inputs it was judged on, kept in
 * {@code target/gatekeeper/reuse/<gate>.json} of the project the results belong to. When this build's
 * inputs equal the recorded ones, the recorded results are given again, re-stamped for this build; a
 * record that cannot be read, belongs to another gate or module, or holds a blocking result is never
 * trusted, only replaced.
 */
public final class ResultReuse {
    static final String DIRECTORY = "reuse";
    static final int FORMAT = 1;

    /** What {@code <gate>.json} holds: the inputs, the results judged on them, and the build that judged them. */
    record ReuseRecord(
            int format,
            String gate,
            String module,
            Map<String, String> inputs,
            List<GateResult> results,
            String buildId,
            Instant finishedAt) {}

    private final String gate;
    private final String module;
    private final Path recordFile;
    private final Clock clock;

    public ResultReuse(String gate, String module, Path gatekeeperDirectory, Clock clock) {
        this.gate = gate;
        this.module = module;
        this.recordFile = gatekeeperDirectory.resolve(DIRECTORY).resolve(gate + ".json");
        this.clock = clock;
    }

    public Path recordFile() {
        return recordFile;
    }

    /**
     * The recorded results, re-stamped as this build's ({@code buildId}, started at {@code checkStartedAt},
     * taking as long as the check took), when {@code enabled} and the inputs are unchanged; otherwise
     * empty, and {@code why} is told why the gate runs.
     */
    public Optional<List<GateResult>> reuse(
            ReuseInputs inputs, boolean enabled, String buildId, Instant checkStartedAt, Consumer<String> why) {
        if (!inputs.reusable()) {
            why.accept("runs every build: " + inputs.neverReason());
            return Optional.empty();
        }
        if (!enabled) {
            why.accept("gatekeeper.reuse=false - running");
            return Optional.empty();
        }
        if (!Files.exists(recordFile)) {
            return Optional.empty();
        }
        ReuseRecord record;
        try {
            record = read();
        } catch (IOException | RuntimeException e) {
            why.accept("ignoring the unreadable reuse record " + recordFile.getFileName() + " (" + e.getMessage()
                    + ") - running");
            return Optional.empty();
        }
        String foreign = problemOf(record);
        if (foreign != null) {
            why.accept("ignoring the reuse record " + recordFile.getFileName() + " (" + foreign + ") - running");
            return Optional.empty();
        }
        List<String> changed = inputs.changedFrom(record.inputs());
        if (!changed.isEmpty()) {
            why.accept("inputs changed: " + String.join(", ", changed) + " - running");
            return Optional.empty();
        }
        Instant now = clock.instant();
        long millis = Math.max(0, Duration.between(checkStartedAt, now).toMillis());
        List<GateResult> reused = new ArrayList<>();
        for (GateResult result : record.results()) {
            GateResult.ReusedFrom from = result.reusedFrom() != null
                    ? result.reusedFrom()
                    : new GateResult.ReusedFrom(result.buildId(), result.startedAt());
            reused.add(new GateResult(
                    result.gate(),
                    result.subject(),
                    result.module(),
                    result.status(),
                    result.summary(),
                    // The check ran no tool: the reused run's tool time belongs to the build that ran it.
                    result.findings(),
                    buildId,
                    checkStartedAt,
                    millis,
                    result.inputs(),
                    0,
                    Map.of(),
                    from));
        }
        return Optional.of(reused);
    }

    /**
     * Keeps {@code results} as the last passing result when every one of them is PASS or WARN and the gate
     * names its inputs; otherwise removes any earlier record, so a failed run is never followed by a reused pass.
     */
    public void record(ReuseInputs inputs, List<GateResult> results, String buildId) throws IOException {
        boolean passing = !results.isEmpty() && results.stream().allMatch(r -> reusableStatus(r.status()));
        if (!inputs.reusable() || !passing) {
            Files.deleteIfExists(recordFile);
            return;
        }
        ReuseRecord record = new ReuseRecord(FORMAT, gate, module, inputs.digests(), results, buildId, clock.instant());
        AtomicFiles.write(recordFile, GatekeeperJson.mapper().writeValueAsBytes(record));
    }

    /** The results with the reuse inputs added to what each gate recorded itself (the gate's own value wins). */
    public static List<GateResult> withInputs(List<GateResult> results, ReuseInputs inputs) {
        if (inputs.digests().isEmpty()) {
            return results;
        }
        List<GateResult> merged = new ArrayList<>();
        for (GateResult result : results) {
            Map<String, String> all = new LinkedHashMap<>(inputs.digests());
            all.putAll(result.inputs());
            merged.add(new GateResult(
                    result.gate(),
                    result.subject(),
                    result.module(),
                    result.status(),
                    result.summary(),
                    result.findings(),
                    result.buildId(),
                    result.startedAt(),
                    result.durationMillis(),
                    all,
                    result.toolMillis(),
                    result.toolTimes(),
                    result.reusedFrom()));
        }
        return merged;
    }

    private ReuseRecord read() throws IOException {
        ReuseRecord record = GatekeeperJson.mapper().readValue(recordFile.toFile(), ReuseRecord.class);
        if (record == null) {
            throw new IOException("empty");
        }
        return record;
    }

    private String problemOf(ReuseRecord record) {
        if (record.format() != FORMAT) {
            return "format " + record.format() + ", expected " + FORMAT;
        }
        if (!gate.equals(record.gate()) || !module.equals(record.module())) {
            return "it is the record of " + record.gate() + " in " + record.module();
        }
        if (record.inputs() == null
                || record.results() == null
                || record.results().isEmpty()) {
            return "it holds no inputs or no results";
        }
        for (GateResult result : record.results()) {
            if (!gate.equals(result.gate()) || !module.equals(result.module())) {
                return "it holds a result of " + result.label() + " in " + result.module();
            }
            if (!reusableStatus(result.status())) {
                return "its result " + result.label() + " is " + result.status();
            }
        }
        return null;
    }

    private static boolean reusableStatus(GateStatus status) {
        return status == GateStatus.PASS || status == GateStatus.WARN;
    }
}
