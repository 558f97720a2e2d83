package dev.gatekeeper.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Manifests as maven-bundle-plugin (bnd) writes them in two builds of the same sources. */
class ManifestContentTest {
    private static final String FIRST_BUILD = "Manifest-Version: 1.0\r\n"
            + "Bnd-LastModified: 1796599439496\r\n"
            + "Bundle-SymbolicName: org.example.greeter\r\n"
            + "Export-Package: org.example;version=\"1.2.0\";uses:=\"org.example.inte\r\n"
            + " rnal,javax.net.ssl\",org.example.internal;version=\"1.2.0\"\r\n"
            + "Main-Class: org.example.Main\r\n"
            + "\r\n";
    private static final String SECOND_BUILD = "Manifest-Version: 1.0\r\n"
            + "Main-Class: org.example.Main\r\n"
            + "Export-Package: org.example;uses:=\"org.example.internal,javax.net.ssl\r\n"
            + " \";version=\"1.2.0\",org.example.internal;version=\"1.2.0\"\r\n"
            + "bundle-symbolicname: org.example.greeter\r\n"
            + "Bnd-LastModified: 1796600012129\r\n"
            + "\r\n";

    private static String canonical(String manifest) {
        return new String(ManifestContent.canonical(manifest.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }

    @Test
    void twoBndBuildsWithAnotherBuildTimeAndParameterOrderAreTheSame() {
        assertThat(FIRST_BUILD).isNotEqualTo(SECOND_BUILD);
        assertThat(canonical(FIRST_BUILD)).isEqualTo(canonical(SECOND_BUILD));
    }

    @Test
    void anotherExportedVersionIsADifference() {
        assertThat(canonical(FIRST_BUILD.replace(
                        "org.example.internal;version=\"1.2.0\"", "org.example.internal;version=\"1.3.0\"")))
                .isNotEqualTo(canonical(FIRST_BUILD));
    }

    @Test
    void clausesInAnotherOrderAreADifference() {
        String reordered = FIRST_BUILD.replace(
                "Export-Package: org.example;version=\"1.2.0\";uses:=\"org.example.inte\r\n"
                        + " rnal,javax.net.ssl\",org.example.internal;version=\"1.2.0\"\r\n",
                "Export-Package: org.example.internal;version=\"1.2.0\",org.example;version=\"1.2.0\";uses:=\"org.ex\r\n"
                        + " ample.internal,javax.net.ssl\"\r\n");

        assertThat(canonical(reordered)).isNotEqualTo(canonical(FIRST_BUILD));
    }

    @Test
    void anotherMainClassOrAnAddedHeaderIsADifference() {
        assertThat(canonical(FIRST_BUILD.replace("org.example.Main", "org.example.Other")))
                .isNotEqualTo(canonical(FIRST_BUILD));
        assertThat(canonical(FIRST_BUILD.replace("Main-Class", "Automatic-Module-Name: org.example\r\nMain-Class")))
                .isNotEqualTo(canonical(FIRST_BUILD));
    }

    @Test
    void aBuildTimeHeaderInANamedSectionIsKept() {
        String withSection = FIRST_BUILD + "Name: org/example/\r\nBnd-LastModified: 1\r\n\r\n";

        assertThat(canonical(withSection.replace("Bnd-LastModified: 1\r\n", "Bnd-LastModified: 2\r\n")))
                .isNotEqualTo(canonical(withSection));
    }

    @Test
    void bytesThatAreNotAManifestAreTakenAsTheyAre() {
        byte[] notAManifest = {0, 1, 2, (byte) 0xff, '\n'};

        assertThat(ManifestContent.canonical(notAManifest)).isEqualTo(notAManifest);
    }
}
