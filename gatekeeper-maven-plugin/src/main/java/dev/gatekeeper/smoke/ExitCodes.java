package dev.gatekeeper.smoke;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The exit codes an entry point may end with: {@code gatekeeper.smoke.expectedExitCodes}. */
public final class ExitCodes {
    public static final Set<Integer> DEFAULT = Set.of(0);

    private ExitCodes() {}

    /**
     * Reads the configured codes: each element a number from 0 to 255, or several separated by commas or
     * spaces ({@code -Dgatekeeper.smoke.expectedExitCodes="0 2"}); none means {@link #DEFAULT}.
     *
     * @param input the setting's name, for the message about a value that is not an exit code
     * @throws IllegalArgumentException naming the input and the value
     */
    public static Set<Integer> parse(List<String> values, String input) {
        List<String> words = new ArrayList<>();
        if (values != null) {
            for (String value : values) {
                if (value != null) {
                    for (String word : value.trim().split("[,\\s]+")) {
                        if (!word.isEmpty()) {
                            words.add(word);
                        }
                    }
                }
            }
        }
        Set<Integer> codes = new TreeSet<>();
        for (String word : words) {
            int code;
            try {
                code = Integer.parseInt(word);
            } catch (NumberFormatException e) {
                code = -1;
            }
            if (code < 0 || code > 255) {
                throw new IllegalArgumentException(
                        input + " has '" + word + "', which is not an exit code; use numbers from 0 to 255, e.g. 0,2");
            }
            codes.add(code);
        }
        return codes.isEmpty() ? DEFAULT : Set.copyOf(codes);
    }

    /** "0, 2": the codes in order, as findings show them. */
    public static String describe(Set<Integer> codes) {
        return new TreeSet<>(codes).stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
