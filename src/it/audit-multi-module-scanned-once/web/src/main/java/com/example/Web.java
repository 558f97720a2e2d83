package com.example;

public final class Web {
    private Web() {}
}
