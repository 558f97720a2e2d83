package com.example.scan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/** A tiny product under test: scans a profile directory and prints a JSON report of it. */
public final class Scanner {
    private Scanner() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        Path profile = null;
        Path out = null;
        boolean random = false;
        int exitCode = 0;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--profile" -> profile = Path.of(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--random" -> random = true;
                case "--hang" -> Thread.sleep(600_000);
                case "--pause-ms" -> Thread.sleep(Long.parseLong(args[++i]));
                case "--exit" -> exitCode = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        long start = System.nanoTime();
        StringBuilder json = new StringBuilder("{\"scannedAt\": \"").append(Instant.now()).append("\", ");
        json.append("\"profile\": \"").append(profile.toAbsolutePath()).append("\", ");
        if (random) {
            json.append("\"token\": ").append(new SecureRandom().nextLong()).append(", ");
        }
        json.append("\"files\": [");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(profile)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            long lines = Files.readAllLines(file, StandardCharsets.UTF_8).size();
            json.append(i == 0 ? "" : ", ")
                    .append("{\"name\": \"").append(profile.relativize(file).toString().replace('\\', '/'))
                    .append("\", \"lines\": ").append(lines).append('}');
        }
        json.append("], \"took\": \"").append((System.nanoTime() - start) / 1_000_000).append(" ms\"}");
        if (out == null) {
            System.out.println(json);
        } else {
            Files.writeString(out, json + "\n");
        }
        System.exit(exitCode);
    }
}
