package dev.gatekeeper.verdict;

import dev.gatekeeper.audit.DependencyCheckReport;
import dev.gatekeeper.core.GateEvaluation;
import dev.gatekeeper.core.GateLog;
import dev.gatekeeper.core.GateResult;
import dev.gatekeeper.core.GateStatus;
import dev.gatekeeper.core.ResultStore;
import dev.gatekeeper.sbom.GraphArtifact;
import dev.gatekeeper.sbom.SbomExpectations;
import dev.gatekeeper.sbom.SbomVerifier;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Times Gatekeeper's own verification steps in process on a generated reactor's real outputs, after
 * {@code mvn verify -Pmerge-ready} ran there (bench/runbook/run.sh): SBOM verification against the
 * reactor's third-party graph, reading the Dependency-Check report, reading every module's results and
 * writing every evidence file. Run with
 * {@code java -Xmx256m -cp <test classpath> dev.gatekeeper.verdict.VerificationStepsBenchmark REACTOR [LOCAL_REPOSITORY] [RUNS] [ALGORITHMS]}.
 * ALGORITHMS (say {@code SHA-256}) verifies a copy of the SBOM that keeps only those hashes: what checking one
 * strong hash per component instead of all eight the CycloneDX plugin writes would cost.
 *
 * <p>The first pass is what a build pays (a fresh JVM); the next RUNS passes show the warm cost. Peak
 * heap is the sum of the heap pools' peak usage during the first pass.
 */
public final class VerificationStepsBenchmark {
    private static final String GROUP = "com.example.bench";

    private VerificationStepsBenchmark() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            throw new IllegalArgumentException("usage: VerificationStepsBenchmark REACTOR [LOCAL_REPOSITORY] [RUNS]");
        }
        Path reactor = Path.of(args[0]).toAbsolutePath();
        Path repository = Path.of(args.length > 1 ? args[1] : System.getProperty("user.home") + "/.m2/repository");
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        Path output = Files.createTempDirectory("verification-steps");
        Inputs inputs = Inputs.of(reactor, repository);
        if (args.length > 3) {
            inputs = inputs.withSbom(
                    onlyHashes(inputs.sbom, Set.of(args[3].split(",")), output.resolve("bom-filtered.json")));
        }
        try {
            resetPeaks();
            long[] first = pass(inputs, output);
            long peakMiB = heapPeakBytes() / (1024 * 1024);
            long[][] warm = new long[runs][];
            for (int run = 0; run < runs; run++) {
                warm[run] = pass(inputs, output);
            }
            System.gc();
            long usedAfterGcMiB = heapUsedBytes() / (1024 * 1024);
            String[] names = {"sbom-verify", "dependency-check-read", "results-read", "evidence-write", "total"};
            System.out.printf(
                    Locale.ROOT,
                    "reactor: %s, %d modules, %d third-party dependencies, %d results, SBOM %d KiB, "
                            + "Dependency-Check report %d KiB, max heap %d MiB%n",
                    reactor,
                    inputs.modules.size(),
                    inputs.graph.size(),
                    inputs.results.size(),
                    Files.size(inputs.sbom) / 1024,
                    Files.size(inputs.dependencyCheckReport) / 1024,
                    Runtime.getRuntime().maxMemory() / (1024 * 1024));
            for (int step = 0; step < names.length; step++) {
                long[] column = new long[runs];
                for (int run = 0; run < runs; run++) {
                    column[run] = warm[run][step];
                }
                long[] sorted = column.clone();
                Arrays.sort(sorted);
                System.out.printf(
                        Locale.ROOT,
                        "%s-ms: first %d, warm median %d, warm all %s%n",
                        names[step],
                        first[step],
                        runs == 0 ? 0 : sorted[runs / 2],
                        Arrays.toString(column));
            }
            System.out.printf(
                    Locale.ROOT, "heap-peak-first-pass-mib: %d%nheap-used-after-gc-mib: %d%n", peakMiB, usedAfterGcMiB);
        } finally {
            try (Stream<Path> walk = Files.walk(output)) {
                for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }

    /** One pass of every step; milliseconds per step and their total. */
    private static long[] pass(Inputs inputs, Path output) throws Exception {
        long[] millis = new long[5];
        long start = System.nanoTime();
        GateEvaluation evaluation =
                new GateEvaluation("sbom", GROUP + ":bench-root", "bench", Clock.systemUTC(), GateLog.silent());
        SbomVerifier.verify(inputs.sbom, inputs.expectations(), "target/gatekeeper/sbom/bom.json", evaluation);
        if (evaluation.status().compareTo(GateStatus.WARN) > 0) {
            throw new IllegalStateException("the reactor's SBOM should verify: "
                    + evaluation
                            .findings()
                            .subList(0, Math.min(5, evaluation.findings().size())));
        }
        millis[0] = lap(start);
        start = System.nanoTime();
        DependencyCheckReport report = DependencyCheckReport.read(inputs.dependencyCheckReport);
        if (report.scannedDependencies() < inputs.graph.size()) {
            throw new IllegalStateException(
                    "the report lists " + report.scannedDependencies() + " dependencies, fewer than the graph");
        }
        millis[1] = lap(start);
        start = System.nanoTime();
        List<GateResult> results = new ArrayList<>();
        for (Path module : inputs.modules) {
            Path directory = module.resolve("target/gatekeeper");
            if (Files.isDirectory(directory.resolve(ResultStore.RESULTS_DIR))) {
                results.addAll(new ResultStore(directory).readAll());
            }
        }
        millis[2] = lap(start);
        start = System.nanoTime();
        BuildInfo build = new BuildInfo(
                GROUP, "bench-root", "1.0.0-SNAPSHOT", "bench", Instant.now(), "3.9", "17", "bench", null);
        EvidenceFiles.writeAll(Verdict.of(build, results), output, Instant.now(), () -> 0L);
        millis[3] = lap(start);
        millis[4] = millis[0] + millis[1] + millis[2] + millis[3];
        return millis;
    }

    /** A copy of the SBOM whose components keep only the hashes of {@code algorithms}. */
    private static Path onlyHashes(Path sbom, Set<String> algorithms, Path copy) throws java.io.IOException {
        com.fasterxml.jackson.databind.JsonNode root =
                dev.gatekeeper.core.GatekeeperJson.mapper().readTree(sbom.toFile());
        for (com.fasterxml.jackson.databind.JsonNode component : root.path("components")) {
            if (component.path("hashes") instanceof com.fasterxml.jackson.databind.node.ArrayNode hashes) {
                for (int i = hashes.size() - 1; i >= 0; i--) {
                    if (!algorithms.contains(hashes.get(i).path("alg").asText())) {
                        hashes.remove(i);
                    }
                }
            }
        }
        dev.gatekeeper.core.GatekeeperJson.mapper().writeValue(copy.toFile(), root);
        return copy;
    }

    private static long lap(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long heapPeakBytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
    }

    private static long heapUsedBytes() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** The reactor's outputs, and the graph Maven resolved: its third-party dependencies.txt, each jar from the repository. */
    private record Inputs(
            Path sbom,
            Path dependencyCheckReport,
            List<Path> modules,
            List<GraphArtifact> graph,
            List<GateResult> results) {

        static Inputs of(Path reactor, Path repository) throws Exception {
            List<Path> modules = new ArrayList<>();
            modules.add(reactor);
            try (Stream<Path> list = Files.list(reactor)) {
                list.filter(p -> p.getFileName().toString().startsWith("module-")
                                && Files.isRegularFile(p.resolve("pom.xml")))
                        .sorted()
                        .forEach(modules::add);
            }
            List<GraphArtifact> graph = new ArrayList<>();
            for (String line : Files.readAllLines(reactor.resolve("dependencies.txt"))) {
                String[] gav = line.trim().split(":");
                if (gav.length != 3) {
                    continue;
                }
                Path jar = repository
                        .resolve(gav[0].replace('.', '/'))
                        .resolve(gav[1])
                        .resolve(gav[2])
                        .resolve(gav[1] + "-" + gav[2] + ".jar");
                graph.add(new GraphArtifact(gav[0], gav[1], gav[2], null, "jar", jar));
            }
            Path gatekeeper = reactor.resolve("target/gatekeeper");
            List<GateResult> results = new ArrayList<>();
            for (Path module : modules) {
                if (Files.isDirectory(module.resolve("target/gatekeeper/results"))) {
                    results.addAll(new ResultStore(module.resolve("target/gatekeeper")).readAll());
                }
            }
            return new Inputs(
                    gatekeeper.resolve("sbom/bom.json"),
                    gatekeeper.resolve("audit/dependency-check-report.json"),
                    modules,
                    graph,
                    results);
        }

        Inputs withSbom(Path other) {
            return new Inputs(other, dependencyCheckReport, modules, graph, results);
        }

        SbomExpectations expectations() {
            Set<String> reactorModules = new LinkedHashSet<>();
            modules.forEach(m -> reactorModules.add(GROUP + ":"
                    + (m.getFileName().toString().startsWith("module-")
                            ? m.getFileName().toString()
                            : "bench-root")));
            return new SbomExpectations(GROUP, "bench-root", "1.0.0-SNAPSHOT", reactorModules, graph, Set.of(), false);
        }
    }
}
