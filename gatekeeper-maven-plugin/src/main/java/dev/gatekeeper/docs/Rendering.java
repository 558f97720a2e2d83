package dev.gatekeeper.docs;

import java.util.List;

/**
 * A surface rendered as the Markdown its block must contain, with what coverage asks the docs to
 * mention; or why it could not be rendered.
 *
 * @param markdown    LF line ends, no trailing spaces, no final newline; null when unavailable
 * @param mentions    the options or parameters the docs must mention when coverage is on
 * @param unavailable why the surface could not be rendered, or null
 * @param detail      more on why (the tail of a command's output), or null
 */
record Rendering(String markdown, List<Mention> mentions, String unavailable, String detail) {

    /**
     * Something the docs must mention. Any one of {@code names} counts.
     *
     * @param code  the finding code when it is not mentioned
     * @param label how the finding names it
     * @param names the words that count as a mention
     */
    record Mention(String code, String label, List<String> names) {
        Mention {
            names = List.copyOf(names);
        }
    }

    Rendering {
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
    }

    static Rendering of(String markdown, List<Mention> mentions) {
        return new Rendering(markdown, mentions, null, null);
    }

    static Rendering unavailable(String why, String detail) {
        return new Rendering(null, List.of(), why, detail);
    }

    boolean available() {
        return unavailable == null;
    }
}
