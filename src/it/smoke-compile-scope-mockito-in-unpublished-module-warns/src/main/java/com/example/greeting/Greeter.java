package com.example.greeting;

/** The library's only class; it never uses Mockito, which only its tests would. */
public final class Greeter {
    private Greeter() {}

    public static String greet(String name) {
        return "Hello, " + name;
    }
}
