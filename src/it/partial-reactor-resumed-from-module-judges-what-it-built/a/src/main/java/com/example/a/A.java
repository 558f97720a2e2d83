package com.example.a;

public final class A {
    private A() {}

    public static String name() {
        return "a";
    }
}
