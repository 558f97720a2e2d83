package com.example.greeter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MainTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void greetsEachName() {
        assertEquals(0, run("Ada", "Grace"));
        assertEquals("Hello, Ada!\nHello, Grace!\n", out.toString(StandardCharsets.UTF_8).replace("\r", ""));
    }

    @Test
    void helpExplainsUsage() {
        assertEquals(0, run("--help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("Usage: greeter"));
    }

    @Test
    void noNameIsAUsageError() {
        assertEquals(2, run());
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--help"));
    }

    @Test
    void greetsEveryNameOfAProfile(@org.junit.jupiter.api.io.TempDir java.nio.file.Path profile) throws Exception {
        java.nio.file.Files.writeString(profile.resolve("names.txt"), "Ada\n\nGrace\n");
        assertEquals(0, run("--from", profile.toString(), "Linus"));
        assertEquals("Hello, Ada!\nHello, Grace!\nHello, Linus!\n", out.toString(StandardCharsets.UTF_8).replace("\r", ""));
    }

    @Test
    void stripsSurroundingSpace() {
        assertEquals("Hello, Ada!", Main.greeting("  Ada "));
    }
}
