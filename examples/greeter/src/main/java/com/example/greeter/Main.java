package com.example.greeter;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code greeter [--help] [--from DIR] NAME...}: greets each name, and each line of DIR/names.txt. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            err.println("greeter: no name given; try 'greeter --help'");
            return 2;
        }
        if (args[0].equals("--help")) {
            out.println("Usage: greeter [--help] [--from DIR] NAME...");
            out.println("Greets each NAME, and each line of DIR/names.txt, on its own line.");
            return 0;
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--from") && i + 1 < args.length) {
                Path file = Path.of(args[++i], "names.txt");
                try {
                    Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).forEach(names::add);
                } catch (IOException e) {
                    err.println("greeter: cannot read " + file + ": " + e.getMessage());
                    return 1;
                }
            } else {
                names.add(args[i]);
            }
        }
        for (String name : names) {
            out.println(greeting(name));
        }
        return 0;
    }

    static String greeting(String name) {
        return "Hello, " + name.strip() + "!";
    }
}
