package com.example.tool;

import java.util.Map;
import org.apache.commons.text.StringSubstitutor;

public final class Main {
    private Main() {}

    public static void main(String[] args) {
        if (args.length == 0 || args[0].equals("--help")) {
            // commons-text at run time, and through it commons-lang3
            System.out.println(new StringSubstitutor(Map.of("name", "tool")).replace("Usage: ${name} [--help] <text>"));
            return;
        }
        System.out.println(StringSubstitutor.replaceSystemProperties(String.join(" ", args)));
    }
}
