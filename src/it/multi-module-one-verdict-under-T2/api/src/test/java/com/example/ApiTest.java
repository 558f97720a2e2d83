package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ApiTest {
    @Test
    void knowsItsName() throws InterruptedException {
        Thread.sleep(300);
        assertEquals("api", new Api().name());
    }
}
