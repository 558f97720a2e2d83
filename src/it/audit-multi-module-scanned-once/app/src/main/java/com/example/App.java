package com.example;

public final class App {
    private App() {}
}
