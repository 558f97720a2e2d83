package com.example;

public final class App {
    public String name() {
        return "app";
    }
}
