package com.example.tool;

public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.out.println("Usage: tool [--help]");
    }
}
