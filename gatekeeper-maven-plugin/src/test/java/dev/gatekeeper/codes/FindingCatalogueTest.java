package dev.gatekeeper.codes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatekeeper.core.FindingCode;
import dev.gatekeeper.smoke.SmokeCodes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The catalogue is the one place a finding code is typed: each code is unique, upper case with its
 * gate's prefix, and says what it means and what to do; a code literal anywhere else in the main
 * code fails here, so a new code cannot be added without its entry (and its line in the docs).
 */
class FindingCatalogueTest {
    private static final Path MAIN = Path.of("src/main/java").toAbsolutePath();
    private static final Pattern LITERAL = Pattern.compile("\"([A-Z]+_[A-Z0-9_]+)\"");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)+");
    private static final Set<String> GATES = Set.of(
            "certify", "snapshot", "audit", "smoke", "sbom", "fixtures", "docs", "release-plan", "verdict", "guard");

    @Test
    void everyCodeIsUniqueUpperCaseWithItsGatesPrefixAndHasAMeaningAndAFix() {
        List<FindingCode> all = FindingCatalogue.all();
        assertThat(all).hasSizeGreaterThan(150);
        Set<String> seen = new HashSet<>();
        for (FindingCode code : all) {
            assertThat(seen.add(code.code()))
                    .as("%s is defined once", code.code())
                    .isTrue();
            assertThat(code.code()).as("upper case with underscores").matches(CODE);
            assertThat(GATES).as("%s names a gate", code.code()).contains(code.gate());
            assertThat(code.code())
                    .as("%s has its gate's prefix", code.code())
                    .startsWith(FindingCode.prefix(code.gate()) + "_");
            assertThat(code.meaning())
                    .as("%s has a meaning", code.code())
                    .isNotBlank()
                    .doesNotContain("\n");
            assertThat(code.fix())
                    .as("%s has a fix", code.code())
                    .isNotBlank()
                    .doesNotContain("\n")
                    .doesNotContain("docs/");
        }
        assertThat(FindingCatalogue.byGate())
                .allSatisfy(codes -> assertThat(codes)
                        .extracting(FindingCode::gate)
                        .containsOnly(codes.get(0).gate()));
    }

    @Test
    void everyGateTheGoalsRunHasItsGateErrorAndTheWholeReactorGatesTheirPartialReactorCode() {
        for (String gate :
                List.of("certify", "snapshot", "audit", "smoke", "sbom", "fixtures", "docs", "release-plan")) {
            assertThat(FindingCatalogue.all()).as(gate).contains(FindingCode.gateError(gate));
        }
        assertThat(FindingCatalogue.all())
                .extracting(FindingCode::code)
                .contains(
                        "AUDIT_PARTIAL_REACTOR",
                        "RELEASE_PLAN_PARTIAL_REACTOR",
                        "SBOM_PARTIAL_REACTOR",
                        "SMOKE_GATE_ERROR",
                        "DOCS_GATE_ERROR");
        assertThat(SmokeCodes.GATE_ERROR.code()).isEqualTo("SMOKE_GATE_ERROR");
    }

    @Test
    void everyCodeLiteralInTheMainCodeIsInTheCatalogueAndTypedOnlyThere() throws IOException {
        Set<String> catalogued = new TreeSet<>();
        FindingCatalogue.all().forEach(code -> catalogued.add(code.code()));
        List<String> uncatalogued = new ArrayList<>();
        List<String> typedOutsideTheCatalogue = new ArrayList<>();
        Set<String> prefixes = new HashSet<>();
        GATES.forEach(gate -> prefixes.add(FindingCode.prefix(gate) + "_"));
        for (Path source : sources()) {
            boolean catalogue = source.getFileName().toString().endsWith("Codes.java");
            Matcher literal = LITERAL.matcher(Files.readString(source));
            while (literal.find()) {
                String value = literal.group(1);
                if (prefixes.stream().noneMatch(value::startsWith)) {
                    continue; // an environment variable or a property name, not a code
                }
                String where = MAIN.relativize(source) + ": " + value;
                if (!catalogued.contains(value)) {
                    uncatalogued.add(where);
                } else if (!catalogue) {
                    typedOutsideTheCatalogue.add(where);
                }
            }
        }
        assertThat(uncatalogued).as("code literals missing from the catalogue").isEmpty();
        assertThat(typedOutsideTheCatalogue)
                .as("codes typed outside their catalogue: use the catalogue's constant")
                .isEmpty();
    }

    @Test
    void theScanFindsACodeLiteralOutsideTheCatalogue() {
        Matcher literal =
                LITERAL.matcher("evaluation.add(Finding.of(\"SMOKE_SOMETHING_NEW\", GateStatus.HOLD, message));");
        assertThat(literal.find()).isTrue();
        assertThat(literal.group(1)).isEqualTo("SMOKE_SOMETHING_NEW");
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
    }
}
