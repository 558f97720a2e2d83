package com.example.cli;

public final class Main {
    private Main() {}

    public static void main(String[] args) {
        if (args.length == 0 || args[0].equals("--help")) {
            System.err.println("usage: lint [options] <file>...");
            System.err.println("Options:");
            System.err.println("  -h, --help       show this help and exit");
            System.err.println("  -q, --quiet      print errors only");
            System.exit(2);
        }
        System.out.println("linted " + args.length + " file(s)");
    }
}
