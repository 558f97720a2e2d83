package com.example.lib;

/** Greets. */
public final class Greeter {
    private Greeter() {}

    /**
     * @param name who to greet
     * @return the greeting
     */
    public static String greet(String name) {
        return "Hello, " + name;
    }
}
