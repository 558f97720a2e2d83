package com.example;

public final class Core {
    public String name() {
        return "core";
    }
}
