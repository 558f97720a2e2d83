package dev.gatekeeper.docs;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether docs mention a name as a word of its own: {@code skip} does not count inside {@code skipTests}
 * or {@code gatekeeper.skip}, but a property counts when set as {@code -Dtiny.name=x}.
 */
final class Mentions {
    private Mentions() {}

    static boolean anyMentioned(String text, List<String> names) {
        return names.stream().anyMatch(name -> mentioned(text, name));
    }

    static boolean mentioned(String text, String name) {
        return Pattern.compile(
                        "(?:(?<=-D)|(?<![A-Za-z0-9_.-]))" + Pattern.quote(name) + "(?![A-Za-z0-9_-]|\\.[A-Za-z0-9_])")
                .matcher(text)
                .find();
    }
}
