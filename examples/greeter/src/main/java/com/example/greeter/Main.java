package com.example.greeter;

import java.io.PrintStream;

/** {@code greeter [--help] NAME...}: greets each name. */
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
            out.println("Usage: greeter [--help] NAME...");
            out.println("Greets each NAME on its own line.");
            return 0;
        }
        for (String name : args) {
            out.println(greeting(name));
        }
        return 0;
    }

    static String greeting(String name) {
        return "Hello, " + name.strip() + "!";
    }
}
