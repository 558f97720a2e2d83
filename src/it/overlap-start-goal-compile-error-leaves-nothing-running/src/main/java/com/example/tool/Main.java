package com.example.tool;

public final class Main {
    public static void main(String[] args) {
        // does not compile: the build fails in compile, while start's consumer build still runs
        System.out.println(undefinedVariable);
    }
}
