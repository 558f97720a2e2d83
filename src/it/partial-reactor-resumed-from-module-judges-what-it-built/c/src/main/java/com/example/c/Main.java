package com.example.c;

import com.example.b.B;

public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.out.println("Usage: c [--help]  (built on " + B.names() + ")");
    }
}
