package com.example.hello;

public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.out.println("hello on Java " + Runtime.version().feature());
    }
}
