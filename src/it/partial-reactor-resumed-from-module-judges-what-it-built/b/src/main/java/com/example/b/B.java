package com.example.b;

import com.example.a.A;

public final class B {
    private B() {}

    public static String names() {
        return A.name() + ", b";
    }
}
