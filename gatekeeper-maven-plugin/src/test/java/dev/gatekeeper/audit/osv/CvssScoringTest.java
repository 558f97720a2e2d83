package dev.gatekeeper.audit.osv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CvssScoringTest {
    private static final String V31_CRITICAL = "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H";
    private static final String V31_MEDIUM = "CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:L/I:L/A:N";
    private static final String V40_HIGH = "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N";
    private final List<String> problems = new ArrayList<>();

    private SeverityRating rate(String databaseSeverity, CvssScoring.Entry... entries) {
        return CvssScoring.rate(List.of(entries), databaseSeverity, problems::add);
    }

    @Test
    void aV3VectorIsScoredByTheCalculator() {
        SeverityRating rating = rate("LOW", new CvssScoring.Entry("CVSS_V3", V31_CRITICAL));

        assertThat(rating).isEqualTo(new SeverityRating(9.8, "3.1", "CRITICAL"));
    }

    @Test
    void theHighestOfV3AndV4Wins() {
        SeverityRating rating =
                rate(null, new CvssScoring.Entry("CVSS_V3", V31_MEDIUM), new CvssScoring.Entry("CVSS_V4", V40_HIGH));

        assertThat(rating.cvssVersion()).isEqualTo("4.0");
        assertThat(rating.cvssScore()).isEqualTo(9.3);
        assertThat(rating.severity()).isEqualTo("CRITICAL");
    }

    @Test
    void withoutAVectorTheDatabaseWordIsUsedWithModerateReadAsMedium() {
        assertThat(rate("MODERATE")).isEqualTo(new SeverityRating(null, null, "MEDIUM"));
        assertThat(rate("high")).isEqualTo(new SeverityRating(null, null, "HIGH"));
        assertThat(rate(null)).isEqualTo(SeverityRating.UNKNOWN);
    }

    @Test
    void aBrokenVectorIsAProblemAndTheWordIsUsedInstead() {
        SeverityRating rating = rate("HIGH", new CvssScoring.Entry("CVSS_V3", "CVSS:3.1/AV:X"));

        assertThat(rating).isEqualTo(new SeverityRating(null, null, "HIGH"));
        assertThat(problems).singleElement().asString().contains("CVSS:3.1/AV:X");
    }

    @Test
    void aV2VectorCountsOnlyWithoutV3OrV4() {
        CvssScoring.Entry v2 = new CvssScoring.Entry("CVSS_V2", "AV:N/AC:L/Au:N/C:C/I:C/A:C");

        assertThat(rate(null, v2).cvssVersion()).isEqualTo("2.0");
        assertThat(rate(null, v2, new CvssScoring.Entry("CVSS_V3", V31_MEDIUM)).cvssVersion())
                .isEqualTo("3.1");
    }
}
