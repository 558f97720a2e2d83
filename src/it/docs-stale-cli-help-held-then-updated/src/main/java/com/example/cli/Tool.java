package com.example.cli;

public final class Tool {
    public static void main(String[] args) {
        if (args.length == 1 && args[0].equals("--help")) {
            System.out.println("Usage: tool [options] <input>");
            System.out.println();
            System.out.println("Options:");
            System.out.println("  --verbose        print more");
            System.out.println("  --help           show this help");
            return;
        }
        System.out.println("tool: nothing to do");
    }
}
