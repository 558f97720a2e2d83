package dev.gatekeeper.reuse;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.gatekeeper.core.AtomicFiles;
import dev.gatekeeper.core.EvidenceKey;
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
            Instant finishedAt,
            // only in a shared store: the gate's own outputs, which a fresh clone lacks (SharedOutputs)
            @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, String> outputFiles) {

        ReuseRecord withoutOutputFiles() {
            return new ReuseRecord(format, gate, module, inputs, results, buildId, finishedAt, null);
        }
    }

    private final String gate;
    private final String module;
    private final Path recordFile;
    private final Clock clock;
    private final ReuseStore shared;
    private final EvidenceKey.Setting evidenceKey;

    public ResultReuse(String gate, String module, Path gatekeeperDirectory, Clock clock) {
        this(gate, module, gatekeeperDirectory, clock, null, new EvidenceKey.Absent());
    }

    /**
     * With a {@code shared} store (null for none) consulted after {@code target/} and filled with every passing
     * record, sealed with the evidence key when {@code evidenceKey} holds one.
     */
    public ResultReuse(
            String gate,
            String module,
            Path gatekeeperDirectory,
            Clock clock,
            ReuseStore shared,
            EvidenceKey.Setting evidenceKey) {
        this.gate = gate;
        this.module = module;
        this.recordFile = gatekeeperDirectory.resolve(DIRECTORY).resolve(gate + ".json");
        this.clock = clock;
        this.shared = shared;
        this.evidenceKey = evidenceKey;
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
        Local local = local(inputs);
        if (local.found() == null) {
            Optional<ReuseRecord> fromStore = shared(inputs, local.reason(), why);
            if (fromStore.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(restamped(fromStore.get(), buildId, checkStartedAt));
        }
        return Optional.of(restamped(local.found(), buildId, checkStartedAt));
    }

    /** The record in {@code target/} when it holds for these inputs, else why not (null when there is none). */
    private record Local(ReuseRecord found, String reason) {}

    private Local local(ReuseInputs inputs) {
        if (!Files.exists(recordFile)) {
            return new Local(null, null);
        }
        ReuseRecord record;
        try {
            record = read(Files.readAllBytes(recordFile));
        } catch (IOException | RuntimeException e) {
            return new Local(
                    null,
                    "ignoring the unreadable reuse record " + recordFile.getFileName() + " (" + e.getMessage() + ")");
        }
        String foreign = problemOf(record);
        if (foreign != null) {
            return new Local(null, "ignoring the reuse record " + recordFile.getFileName() + " (" + foreign + ")");
        }
        List<String> changed = inputs.changedFrom(record.inputs());
        if (!changed.isEmpty()) {
            return new Local(null, "inputs changed: " + String.join(", ", changed));
        }
        return new Local(record, null);
    }

    /**
     * The shared store's record for exactly these inputs, trusted only when its signature verifies (with an
     * evidence key) and its inputs equal these; otherwise {@code why} hears why the gate runs, one line.
     */
    private Optional<ReuseRecord> shared(ReuseInputs inputs, String localReason, Consumer<String> why) {
        String prefix = localReason == null ? "" : localReason + "; ";
        if (shared == null || !shared.usable()) {
            if (localReason != null) {
                why.accept(localReason + " - running");
            }
            return Optional.empty();
        }
        List<String> unknownFiles = inputs.outputs().stream()
                .filter(name -> inputs.outputFile(name).isEmpty())
                .sorted()
                .toList();
        if (!unknownFiles.isEmpty()) {
            why.accept(prefix + "the shared store is not used: the gate's own output ("
                    + String.join(", ", unknownFiles)
                    + ") is one of its inputs, and a fresh clone has none"
                    + " - running");
            return Optional.empty();
        }
        if (evidenceKey instanceof EvidenceKey.TooShort) {
            why.accept(prefix + "the shared store is not used: " + EvidenceKey.VARIABLE
                    + " is too short to check its records - running");
            return Optional.empty();
        }
        String key = SharedRecords.key(gate, module, inputs.withoutOutputs());
        String named = "the shared record " + key + " in " + shared.describe();
        Optional<byte[]> stored;
        try {
            stored = shared.get(key);
        } catch (IOException | RuntimeException e) {
            why.accept(prefix + "ignoring " + named + ": it cannot be read (" + e.getMessage() + ") - running");
            return Optional.empty();
        }
        if (stored.isEmpty() && !shared.usable()) { // it failed just now, and said so in its own line
            why.accept(prefix + "the shared store " + shared.describe() + " failed - running");
            return Optional.empty();
        }
        if (stored.isEmpty()) {
            why.accept(prefix + "no shared record for these inputs in " + shared.describe() + " - running");
            return Optional.empty();
        }
        SharedRecords.Opened opened = SharedRecords.open(stored.get(), key, keyOrNull());
        if (opened.problem() != null) {
            why.accept(prefix + "ignoring " + named + ": " + opened.problem() + " - running");
            return Optional.empty();
        }
        ReuseRecord record;
        try {
            record = read(opened.body());
        } catch (IOException | RuntimeException e) {
            why.accept(prefix + "ignoring " + named + ": it cannot be read (" + e.getMessage() + ") - running");
            return Optional.empty();
        }
        String problem = problemOf(record);
        List<String> changed = problem == null
                ? inputs.changedFrom(record.inputs()).stream()
                        .filter(name -> !inputs.outputs().contains(name))
                        .toList()
                : List.of();
        if (problem == null && !changed.isEmpty()) {
            problem = "inputs differ (" + String.join(", ", changed) + ")";
        }
        if (problem == null && !inputs.outputs().isEmpty()) {
            problem = SharedOutputs.restore(inputs, record.inputs(), record.outputFiles());
        }
        if (problem != null) {
            why.accept(prefix + "ignoring " + named + ": " + problem + " - running");
            return Optional.empty();
        }
        why.accept(prefix + "using the shared record from " + shared.describe() + " (written by build "
                + record.buildId() + " at " + record.finishedAt() + ")");
        try { // the next build of this working copy finds it in target/
            AtomicFiles.write(recordFile, GatekeeperJson.mapper().writeValueAsBytes(record.withoutOutputFiles()));
        } catch (IOException e) {
            why.accept("cannot keep the shared record in " + recordFile + ": " + e.getMessage());
        }
        return Optional.of(record);
    }

    private EvidenceKey keyOrNull() {
        return evidenceKey instanceof EvidenceKey.Usable usable ? usable.key() : null;
    }

    private List<GateResult> restamped(ReuseRecord record, String buildId, Instant checkStartedAt) {
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
        return reused;
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
        ReuseRecord record =
                new ReuseRecord(FORMAT, gate, module, inputs.digests(), results, buildId, clock.instant(), null);
        byte[] content = GatekeeperJson.mapper().writeValueAsBytes(record);
        try {
            AtomicFiles.write(recordFile, content);
        } catch (IOException e) {
            throw new IOException("in " + recordFile + ": " + e.getMessage(), e);
        }
        if (shared != null && !(evidenceKey instanceof EvidenceKey.TooShort)) {
            byte[] sharedContent = content;
            if (!inputs.outputs().isEmpty()) {
                SharedOutputs.Packed packed = SharedOutputs.pack(inputs);
                if (packed.problem() != null) {
                    return; // what cannot travel whole is not shared; a fresh clone runs the gate
                }
                sharedContent = GatekeeperJson.mapper()
                        .writeValueAsBytes(new ReuseRecord(
                                FORMAT,
                                gate,
                                module,
                                inputs.digests(),
                                results,
                                buildId,
                                record.finishedAt(),
                                packed.files()));
            }
            String key = SharedRecords.key(gate, module, inputs.withoutOutputs());
            try {
                shared.put(key, SharedRecords.seal(sharedContent, key, keyOrNull()));
            } catch (IOException e) {
                throw new IOException("in the shared store " + shared.describe() + ": " + e.getMessage(), e);
            }
        }
    }

    /** The shared store, or null when there is none. */
    public ReuseStore sharedStore() {
        return shared;
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

    private static ReuseRecord read(byte[] content) throws IOException {
        ReuseRecord record = GatekeeperJson.mapper().readValue(content, ReuseRecord.class);
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
