package com.example;

public final class Api {
    public String name() {
        return "api";
    }
}
