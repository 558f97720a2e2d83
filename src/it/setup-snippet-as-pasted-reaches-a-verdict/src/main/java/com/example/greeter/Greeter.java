package com.example.greeter;

/** The one class of the project. */
public final class Greeter {
    private Greeter() {}

    public static String greet(String name) {
        return "Hello, " + name;
    }
}
