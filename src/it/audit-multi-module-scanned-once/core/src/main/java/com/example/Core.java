package com.example;

public final class Core {
    private Core() {}
}
