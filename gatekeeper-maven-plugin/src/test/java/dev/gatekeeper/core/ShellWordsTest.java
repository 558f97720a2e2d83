package dev.gatekeeper.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 16, item 5: a printed command, pasted into a POSIX shell, gives back exactly its words. */
class ShellWordsTest {
    @TempDir
    Path directory;

    @Test
    void hostileWordsReadBackExactlyAndRunNothing() throws Exception {
        Path pwned = directory.resolve("pwned");
        List<String> words = List.of(
                "mvn",
                "-pl",
                "a b",
                "verify",
                "-Dtest=com.x.T#greets[3] x; touch " + pwned + " #",
                "$(touch " + pwned + ")",
                "`touch " + pwned + "`",
                "it's",
                "#comment",
                "~root",
                "*",
                "a|b&c>d<e",
                "-DnewVersion=1.0;touch " + pwned,
                "",
                "tab\there",
                "new\nline",
                "back\\slash",
                "\"quoted\"",
                "!bang",
                "{a,b}");

        String command = ShellWords.join(words);

        assertThat(PosixShell.words(command, directory)).containsExactlyElementsOf(words);
        assertThat(pwned).doesNotExist();
    }

    @Test
    void plainWordsAndAHashInsideAWordStayUnquoted() {
        assertThat(ShellWords.join(List.of("mvn", "-pl", "core/api", "verify", "-Dtest=com.x.FooTest#adds", "g:a:1.0")))
                .isEqualTo("mvn -pl core/api verify -Dtest=com.x.FooTest#adds g:a:1.0");
    }
}
