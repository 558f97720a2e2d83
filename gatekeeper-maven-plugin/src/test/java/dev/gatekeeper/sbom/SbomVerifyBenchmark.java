package dev.gatekeeper.sbom;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gatekeeper.core.GateEvaluation;
import dev.gatekeeper.core.GateStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Times {@link SbomVerifier#verify} on a generated SBOM of N components (default 1,500) whose
 * graph are N real jars, 5 runs after a warm-up, and the same at half and double the size, so that
 * the figures show whether the time grows linearly. Run with
 * {@code java -cp <test classpath> dev.gatekeeper.sbom.SbomVerifyBenchmark [components]}.
 */
public final class SbomVerifyBenchmark {
    private static final int RUNS = 5;

    private SbomVerifyBenchmark() {}

    public static void main(String[] args) throws IOException {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 1500;
        Path directory = Files.createTempDirectory("sbom-benchmark");
        try {
            for (int components : new int[] {size / 2, size, size * 2}) {
                measure(directory.resolve("n" + components), components);
            }
        } finally {
            try (Stream<Path> walk = Files.walk(directory)) {
                for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }

    private static void measure(Path directory, int components) throws IOException {
        SbomFixture fixture = new SbomFixture(Files.createDirectories(directory));
        List<GraphArtifact> graph = new ArrayList<>();
        ObjectNode sbom = fixture.sbom();
        ArrayNode listed = sbom.putArray("components");
        ArrayNode dependencies = sbom.putArray("dependencies");
        ArrayNode rootDependsOn = dependencies
                .addObject()
                .put("ref", "pkg:maven/dev.acme/acme-app@1.0.0?type=jar")
                .putArray("dependsOn");
        for (int i = 0; i < components; i++) {
            Path jar = directory.resolve("repo/lib-" + i + "-1." + i + ".jar");
            SbomFixture.writeJar(jar, "library " + i + " " + "x".repeat(i % 4096));
            GraphArtifact artifact =
                    new GraphArtifact("org.bench.g" + (i % 40), "lib-" + i, "1." + i, null, "jar", jar);
            graph.add(artifact);
            listed.add(fixture.component(artifact, "MD5", "SHA-1", "SHA-256", "SHA-512")
                    .set("licenses", SbomFixture.licenseId(i % 2 == 0 ? "Apache-2.0" : "MIT")));
            rootDependsOn.add(SbomFixture.ref(artifact));
            dependencies.addObject().put("ref", SbomFixture.ref(artifact)).putArray("dependsOn");
        }
        Path file = fixture.write(sbom);
        SbomExpectations expectations = fixture.expectations(graph, Set.of("GPL-3.0-only"), false);
        long coldStart = System.nanoTime();
        run(file, expectations);
        long coldMillis = (System.nanoTime() - coldStart) / 1_000_000;
        long[] millis = new long[RUNS];
        for (int run = 0; run < RUNS; run++) {
            long start = System.nanoTime();
            GateEvaluation evaluation = run(file, expectations);
            millis[run] = (System.nanoTime() - start) / 1_000_000;
            if (evaluation.status() != GateStatus.PASS) {
                throw new IllegalStateException("the generated SBOM should pass: " + evaluation.findings());
            }
        }
        long[] sorted = millis.clone();
        Arrays.sort(sorted);
        System.out.printf(
                Locale.ROOT,
                "%,d components (%,d KiB SBOM): first run %d ms, then %s ms, median %d ms%n",
                components,
                Files.size(file) / 1024,
                coldMillis,
                Arrays.toString(millis),
                sorted[RUNS / 2]);
    }

    private static GateEvaluation run(Path file, SbomExpectations expectations) {
        GateEvaluation evaluation = SbomFixture.evaluation();
        SbomVerifier.verify(file, expectations, "target/bom.json", evaluation);
        return evaluation;
    }
}
