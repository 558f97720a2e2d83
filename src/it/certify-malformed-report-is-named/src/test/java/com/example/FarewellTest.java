package com.example;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FarewellTest {
    @Test
    void greeterExists() {
        assertTrue(new Greeter().greet("x").startsWith("Hello"));
    }
}
