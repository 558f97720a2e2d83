package com.example;

import org.apache.commons.lang3.StringUtils;

public final class Names {
    private Names() {}

    public static String display(String name) {
        return StringUtils.capitalize(StringUtils.trimToEmpty(name));
    }
}
