package com.example.lib;

public final class Widget {
    private Widget() {}

    public static String name() {
        return "widget";
    }
}
