package dev.gatekeeper.release;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChangelogTest {
    @ParameterizedTest
    @ValueSource(
            strings = {
                "## [1.2.0] - 2026-11-24",
                "# 1.2.0",
                "### v1.2.0 (2026-11-24)",
                "## [v1.2.0](https://example.com/compare/v1.1.0...v1.2.0)",
                "## Release `1.2.0`",
                "## 1.2.0.",
                "Version 1.2.0\n============",
                "1.2.0 - the big one\n---"
            })
    void aHeadingNamingTheVersionIsItsSection(String heading) {
        Changelog changelog =
                Changelog.parse("# Changelog\n\nIntro 1.2.0 in a paragraph.\n\n" + heading + "\n\n- change\n");

        assertThat(changelog.sectionFor("1.2.0"))
                .get()
                .extracting(Changelog.Section::line)
                .isEqualTo(5);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "## [1.2.0.1] - 2026-11-24",
                "## 11.2.0",
                "## 1.2.0-rc1",
                "## 1.2.01",
                "## [Unreleased] - planned as 1.2.0",
                "    ## 1.2.0",
                "```\n## 1.2.0\n```",
                "Mentions 1.2.0 outside a heading"
            })
    void otherVersionsUnreleasedSectionsAndNonHeadingsDoNotCount(String text) {
        assertThat(Changelog.parse("# Changelog\n\n" + text + "\n").sectionFor("1.2.0"))
                .isEmpty();
    }

    @Test
    void theFirstMatchingSectionIsTheOne() {
        Changelog changelog = Changelog.parse("# Changelog\n## 1.3.0\n## 1.2.0\n## 1.2.0 again\n");

        assertThat(changelog.sectionFor("1.2.0")).contains(new Changelog.Section("1.2.0", 3));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"## 1.2.0", "## [1.2.0] - 2026-01-02", "## v1.2.0", "## 1.2.0 (pending)", "### Version 1.2.0"})
    void theCommonMarkdownShapesAreSections(String heading) {
        assertThat(Changelog.parse("# Changes\n\n" + heading + "\n\n- change\n").sectionFor("1.2.0"))
                .isPresent();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "== 1.2.0",
                "=== Version 1.2.0 (2026-01-02)",
                "*** Release 1.2.0 ***",
                "Changes in version 1.2.0",
                "1.2.0 / 2026-01-02",
                "## [1.2.0]"
            })
    void plainTextAndAsciiDocLinesThatStartWithTheVersionAreSections(String heading) {
        Changelog changelog = Changelog.plain("= History\n\nSome words.\n\n" + heading + "\n\n* change\n");

        assertThat(changelog.sectionFor("1.2.0"))
                .get()
                .extracting(Changelog.Section::line)
                .isEqualTo(5);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "- fixed the bug of 1.2.0",
                "Since 1.2.0 it is faster",
                "== 1.2.0.1",
                "== 1.2.0-rc1",
                "Unreleased: 1.2.0"
            })
    void plainLinesThatOnlyMentionTheVersionAreNot(String text) {
        assertThat(Changelog.plain("History\n\n" + text + "\n").sectionFor("1.2.0"))
                .isEmpty();
    }

    @Test
    void aChangesXmlReleaseIsASection() {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <document xmlns="http://maven.apache.org/changes/1.0.0">
                  <body>
                    <release version="1.2.0" date="2026-01-02" description="the plan">
                      <action dev="me" type="add">the plan</action>
                    </release>
                    <release version="1.1.0" date="2025-12-01"/>
                  </body>
                </document>
                """;
        Changelog changelog = Changelog.changesXml(
                new java.io.ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        assertThat(changelog.sectionFor("1.2.0"))
                .get()
                .extracting(Changelog.Section::line)
                .isEqualTo(4);
        assertThat(changelog.sectionFor("1.2")).isEmpty();
        assertThat(changelog.sectionFor("1.3.0")).isEmpty();
    }

    @Test
    void aChangesXmlWithAnExternalEntityIsRefusedNotRead() {
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                + "<document><body><release version=\"&x;\"/></body></document>";

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Changelog.changesXml(
                        new java.io.ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("it is not well-formed XML");
    }

    @Test
    void commonsLangsChangesXmlWithItsNamespaceSchemaAndPlaceholderDateHasThePlannedRelease() {
        // the structure of apache/commons-lang's src/changes/changes.xml at d15939e (comments and actions shortened)
        String xml = """
                <?xml version="1.0"?>
                <!--
                     Licensed to the Apache Software Foundation (ASF) under one or more
                  -->
                <document xmlns="http://maven.apache.org/changes/2.0.0"
                          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                          xsi:schemaLocation="http://maven.apache.org/changes/2.0.0 https://maven.apache.org/xsd/changes-2.0.0.xsd">
                  <properties>
                    <title>Apache Commons Lang Release Notes</title>
                  </properties>
                  <body>
                  <release version="3.21.0" date="YYY-MM-DD" description="This is a feature and maintenance release. Java 8 or later is required.">
                    <!-- FIX -->
                    <action                   type="fix" dev="ggregory" due-to="ThrawnCA">Fix spelling and grammar in StringUtils #1486.</action>
                    <action type="fix" dev="ggregory">Use Class&lt;?&gt; instead of Class&lt;? extends Object&gt; in MethodUtils #1491.</action>
                  </release>
                  <release version="3.20.0" date="2025-11-12" description="This is a feature and maintenance release.">
                  </release>
                  </body>
                </document>
                """;
        Changelog changelog = Changelog.changesXml(
                new java.io.ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        assertThat(changelog.sectionFor("3.21.0"))
                .get()
                .isEqualTo(new Changelog.Section("<release version=\"3.21.0\">", 12));
        assertThat(changelog.sectionFor("3.20.0"))
                .get()
                .extracting(Changelog.Section::line)
                .isEqualTo(17);
        assertThat(changelog.sectionFor("3.21")).isEmpty();
    }
}
