package com.example.core;

public final class Core {
    public static String name() {
        return "core";
    }
}
