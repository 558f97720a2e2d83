package dev.gatekeeper.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatekeeper.core.GateId;
import dev.gatekeeper.core.UserDocs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every published page (and heading) a message or fix of the plugin points to exists in this repository's docs. */
class UserDocsPagesTest {
    private static final Path MODULE = Path.of("").toAbsolutePath();
    private static final Path DOCS = MODULE.getParent().resolve("docs");
    private static final Pattern PAGE_CALL = Pattern.compile("UserDocs\\.page\\(\"([^\"]+)\"(?:,\\s*\"([^\"]+)\")?\\)");
    /** A gate's page through the registry: {@code GateId.AUDIT.docsUrl("anchor")}. */
    private static final Pattern GATE_PAGE_CALL =
            Pattern.compile("GateId\\.([A-Z_]+)\\.docsUrl\\((?:\"([^\"]+)\")?\\)");
    /** Another goal's page through the registry's goal names: {@code UserDocs.page(GateId.Goals.GUARD, "anchor")}. */
    private static final Pattern GOAL_PAGE_CALL =
            Pattern.compile("UserDocs\\.page\\(GateId\\.Goals\\.([A-Z_]+)(?:,\\s*\"([^\"]+)\")?\\)");

    @Test
    void everyPageAndHeadingTheCodePointsToExists() throws Exception {
        List<String> links = new ArrayList<>();
        for (Path source : sources()) {
            String text = Files.readString(source);
            Matcher call = PAGE_CALL.matcher(text);
            while (call.find()) {
                links.add(call.group(1) + (call.group(2) == null ? "" : "#" + call.group(2)));
            }
            Matcher gateCall = GATE_PAGE_CALL.matcher(text);
            while (gateCall.find()) {
                links.add(GateId.valueOf(gateCall.group(1)).goal()
                        + (gateCall.group(2) == null ? "" : "#" + gateCall.group(2)));
            }
            Matcher goalCall = GOAL_PAGE_CALL.matcher(text);
            while (goalCall.find()) {
                String goal =
                        (String) GateId.Goals.class.getField(goalCall.group(1)).get(null);
                links.add(goal + (goalCall.group(2) == null ? "" : "#" + goalCall.group(2)));
            }
        }
        assertThat(links).contains("setup", "audit#vulnerability-data-offline-first", "snapshot#configuration");
        for (String link : links) {
            String[] parts = link.split("#", 2);
            Path page = DOCS.resolve(parts[0] + ".md");
            assertThat(page).as(link).isRegularFile();
            if (parts.length == 2) {
                assertThat(MarkdownDoc.read(page).anchors()).as(link).contains(parts[1]);
            }
        }
    }

    @Test
    void aPageLinkIsThePublishedDocsFolder() {
        assertThat(UserDocs.page("guard", "configuration"))
                .isEqualTo("https://github.com/gatekeeper-dev/gatekeeper/blob/main/docs/guard.md#configuration");
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(MODULE.resolve("src/main/java"))) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
    }
}
