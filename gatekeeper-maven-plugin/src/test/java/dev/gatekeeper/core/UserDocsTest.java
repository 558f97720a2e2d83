package dev.gatekeeper.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.maven.model.io.xpp3.MavenXpp3Reader;
import org.junit.jupiter.api.Test;

/**
 * The plugin's messages and fixes point users to documentation they have: the published pages or the
 * help goal, never a {@code docs/*.md} path that exists only in this repository.
 */
class UserDocsTest {
    /** The plugin module's directory, where surefire runs; the repository root is its parent. */
    private static final Path MODULE = Path.of("").toAbsolutePath();

    private static final Path SOURCES = MODULE.resolve("src/main/java/dev/gatekeeper");
    private static final Path REPOSITORY = MODULE.getParent();
    private static final Pattern REPOSITORY_DOC = Pattern.compile("(?<![A-Za-z0-9/])docs/[A-Za-z0-9._-]+\\.(md|json)");
    private static final Pattern STRING_LITERAL = Pattern.compile("\"(?:[^\"\\\\\\n]|\\\\.)*\"");

    @Test
    void theBaseIsTheProjectUrlOfTheRootPom() throws Exception {
        try (Reader pom = Files.newBufferedReader(REPOSITORY.resolve("pom.xml"))) {
            String url = new MavenXpp3Reader().read(pom).getUrl();
            assertThat(UserDocs.PROJECT_URL).isEqualTo(url);
        }
        assertThat(UserDocs.page("audit")).isEqualTo(UserDocs.PROJECT_URL + "/blob/main/docs/audit.md");
        assertThat(UserDocs.help("snapshot"))
                .isEqualTo("mvn dev.gatekeeper:gatekeeper-maven-plugin:help -Ddetail -Dgoal=snapshot");
    }

    /**
     * No string in the code (a message, a fix) names a repository docs path, and no Javadoc of a goal
     * either: a goal's and its parameters' Javadoc become the help goal's text.
     */
    @Test
    void noMessageFixOrGoalHelpNamesARepositoryDocsPath() throws IOException {
        List<String> offending = new ArrayList<>();
        for (Path source : sources()) {
            boolean goal = source.startsWith(SOURCES.resolve("mojo"));
            List<String> lines = Files.readAllLines(source);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                List<String> checked = new ArrayList<>();
                if (goal) {
                    checked.add(line);
                } else {
                    Matcher literal = STRING_LITERAL.matcher(line);
                    while (literal.find()) {
                        checked.add(literal.group());
                    }
                }
                for (String text : checked) {
                    if (REPOSITORY_DOC.matcher(text).find()) {
                        offending.add(SOURCES.relativize(source) + ":" + (i + 1) + ": " + line.strip());
                    }
                }
            }
        }
        assertThat(offending)
                .as("use UserDocs.page(...) or UserDocs.help(...) instead")
                .isEmpty();
    }

    @Test
    void theScanRecognisesARepositoryDocsPathButNotAGlobOrAUserProjectsPath() {
        assertThat(REPOSITORY_DOC
                        .matcher("\"Configure the data as docs/audit.md describes\"")
                        .find())
                .isTrue();
        assertThat(REPOSITORY_DOC.matcher("\"see docs/evidence.schema.json\"").find())
                .isTrue();
        assertThat(REPOSITORY_DOC.matcher("List.of(\"*.md\", \"docs/**/*.md\")").find())
                .isFalse();
        assertThat(REPOSITORY_DOC.matcher(UserDocs.page("audit")).find()).isFalse();
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
    }
}
