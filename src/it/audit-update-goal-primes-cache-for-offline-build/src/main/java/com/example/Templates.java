package com.example;

import org.apache.commons.text.StringSubstitutor;

public final class Templates {
    private Templates() {}

    public static String render(String template, java.util.Map<String, String> values) {
        return new StringSubstitutor(values).replace(template);
    }
}
