package com.example;

import java.util.Map;
import org.apache.commons.text.StringSubstitutor;

public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.out.println(new StringSubstitutor(Map.of("tool", "greeter")).replace("Usage: ${tool} <name>"));
    }
}
