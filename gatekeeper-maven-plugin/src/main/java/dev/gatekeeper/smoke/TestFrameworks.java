package dev.gatekeeper.smoke;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Which artifacts are test frameworks: the maintained list in {@code test-frameworks.txt} next to this
 * class, extended by {@code gatekeeper.smoke.testFrameworks}. An entry is a groupId (every artifact of
 * the group) or {@code groupId:artifactId}; {@code *} in either part matches any characters.
 */
public final class TestFrameworks {
    private static final String RESOURCE = "test-frameworks.txt";
    private static final Pattern PART = Pattern.compile("[A-Za-z0-9_.*-]+");

    private final List<String> entries;
    private final List<Pattern[]> patterns;

    private TestFrameworks(List<String> entries) {
        this.entries = List.copyOf(entries);
        this.patterns = this.entries.stream().map(TestFrameworks::compile).toList();
    }

    /** The maintained list. */
    public static TestFrameworks defaults() {
        List<String> entries = new ArrayList<>();
        try (InputStream in = Objects.requireNonNull(TestFrameworks.class.getResourceAsStream(RESOURCE), RESOURCE);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    entries.add(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TestFrameworks(entries);
    }

    /**
     * The maintained list and {@code extra}.
     *
     * @param property the option's name, for the message when an entry is not a groupId[:artifactId]
     * @throws IllegalArgumentException naming the entry and the option
     */
    public TestFrameworks with(List<String> extra, String property) {
        List<String> all = new ArrayList<>(entries);
        for (String raw : extra == null ? List.<String>of() : extra) {
            String entry = raw == null ? "" : raw.strip();
            if (entry.isEmpty()) {
                continue;
            }
            String[] parts = entry.split(":", -1);
            if (parts.length > 2
                    || !PART.matcher(parts[0]).matches()
                    || (parts.length == 2 && !PART.matcher(parts[1]).matches())) {
                throw new IllegalArgumentException(
                        property + " holds '" + entry
                                + "'; write a groupId or groupId:artifactId, '*' matching any characters (e.g. org.mockito or com.example:*-test-kit)");
            }
            all.add(entry);
        }
        return new TestFrameworks(all);
    }

    /** The entry that makes {@code groupId:artifactId} a test framework, or null. */
    public String match(String groupId, String artifactId) {
        for (int i = 0; i < patterns.size(); i++) {
            Pattern[] pattern = patterns.get(i);
            if (pattern[0].matcher(groupId).matches()
                    && (pattern[1] == null || pattern[1].matcher(artifactId).matches())) {
                return entries.get(i);
            }
        }
        return null;
    }

    public List<String> entries() {
        return entries;
    }

    private static Pattern[] compile(String entry) {
        String[] parts = entry.split(":", 2);
        return new Pattern[] {glob(parts[0]), parts.length == 2 ? glob(parts[1]) : null};
    }

    private static Pattern glob(String text) {
        StringBuilder regex = new StringBuilder();
        for (String literal : text.split("\\*", -1)) {
            if (!regex.isEmpty()) {
                regex.append(".*");
            }
            regex.append(Pattern.quote(literal));
        }
        return Pattern.compile(regex.toString());
    }
}
