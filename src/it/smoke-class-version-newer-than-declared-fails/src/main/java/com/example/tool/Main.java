package com.example.tool;

public final class Main {
    private Main() {}

    /** A record: Java 16+, so the class file really needs Java 17 here. */
    record Usage(String tool) {}

    public static void main(String[] args) {
        System.out.println("Usage: " + new Usage("tool").tool() + " [--help]");
    }
}
