package dev.gatekeeper.audit;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * Writes the synthetic NVD data feeds the invoker integration tests scan against, so they never
 * need the NVD: {@code fresh/} (updated now) and {@code stale/} (updated 30 days ago). Run by the
 * build before the integration tests: {@code java IntegrationTestFeeds <directory>}.
 */
public final class IntegrationTestFeeds {
    static final String TEXT4SHELL_DESCRIPTION =
            "Apache Commons Text performs variable interpolation, allowing properties "
                    + "to be dynamically evaluated and expanded (synthetic test record).";

    private IntegrationTestFeeds() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: IntegrationTestFeeds <output directory>");
        }
        Path directory = Path.of(args[0]);
        Instant now = Instant.now();
        feed(now).writeTo(directory.resolve("fresh"));
        feed(now.minus(Duration.ofDays(30))).writeTo(directory.resolve("stale"));
    }

    static NvdFeedGenerator feed(Instant lastModified) {
        return NvdFeedGenerator.feed(lastModified)
                .cve(NvdFeedGenerator.Cve.of(
                                "CVE-2022-42889",
                                9.8,
                                "CRITICAL",
                                "cpe:2.3:a:apache:commons_text:*:*:*:*:*:*:*:*",
                                "1.5",
                                "1.10.0",
                                TEXT4SHELL_DESCRIPTION)
                        .withCvssV40(9.3, "CRITICAL")
                        .withReferences("https://nvd.nist.gov/vuln/detail/CVE-2022-42889"))
                .cve(
                        "CVE-2025-99001",
                        5.3,
                        "MEDIUM",
                        "cpe:2.3:a:apache:commons_lang:*:*:*:*:*:*:*:*",
                        "3.12.0",
                        "3.13.0",
                        "A synthetic medium-severity record for commons-lang3 3.12.0.");
    }
}
