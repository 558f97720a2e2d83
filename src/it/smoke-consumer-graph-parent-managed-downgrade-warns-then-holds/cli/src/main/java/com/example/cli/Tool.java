package com.example.cli;

/** A library class: the consumer graph is what is judged, nothing runs it. */
public final class Tool {
    private Tool() {}

    public static String name() {
        return "tool";
    }
}
