package dev.gatekeeper.audit.osv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatekeeper.audit.osv.RangeEvent.Kind;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How bounds without a qualifier, and bounds in one flavour, treat the flavours of a release
 * ({@code 29.0-jre}, {@code 29.0-android}, {@code 9.4.40.v20210413}, {@code 1.2.17.redhat-00001}) for each
 * event kind and the explicit list; qualifiers Maven knows keep Maven's order.
 */
class AffectedRangesFlavourTest {

    private static AffectedRanges range(RangeEvent... events) {
        return new AffectedRanges(List.of(List.of(events)), List.of());
    }

    private static RangeEvent event(Kind kind, String version) {
        return new RangeEvent(kind, version);
    }

    @ParameterizedTest(name = "{0} in [0, last_affected 29.0]: {1}")
    @CsvSource({
        "29.0-jre, true",
        "29.0-android, true",
        "29.0, true",
        "29.0.0-jre, true",
        "28.2-android, true",
        "29.0-rc1-jre, true",
        "29.0-sp1, false",
        "29.0.1, false",
        "29.1-jre, false",
        "30.0-android, false"
    })
    void lastAffectedWithoutFlavourCoversEveryFlavourOfItsRelease(String version, boolean affected) {
        AffectedRanges upTo29 = range(event(Kind.INTRODUCED, "0"), event(Kind.LAST_AFFECTED, "29.0"));

        assertThat(upTo29.affects(version)).isEqualTo(affected);
    }

    @ParameterizedTest(name = "{0} in [1.0, fixed 32.0.0-android): {1}")
    @CsvSource({
        "31.1-jre, true",
        "31.1-android, true",
        "1.0, true",
        "32.0.0, true",
        "32.0.0-android, false",
        "32.0.0-jre, false",
        "32.0.1-jre, false"
    })
    void aFixedFlavourFixesTheOtherFlavoursOfItsRelease(String version, boolean affected) {
        AffectedRanges fixedInAndroid = range(event(Kind.INTRODUCED, "1.0"), event(Kind.FIXED, "32.0.0-android"));

        assertThat(fixedInAndroid.affects(version)).isEqualTo(affected);
    }

    @ParameterizedTest(name = "{0} in [1.0, fixed 32.0.0-jre): {1}")
    @CsvSource({"31.1-android, true", "32.0.0-android, false", "32.0.0-jre, false"})
    void theReverseFlavourIsFixedToo(String version, boolean affected) {
        AffectedRanges fixedInJre = range(event(Kind.INTRODUCED, "1.0"), event(Kind.FIXED, "32.0.0-jre"));

        assertThat(fixedInJre.affects(version)).isEqualTo(affected);
    }

    @ParameterizedTest(name = "{0} in [introduced 30.0-jre, fixed 31.0): {1}")
    @CsvSource({"30.0-android, true", "30.0-jre, true", "30.0, false", "29.0-android, false", "31.0-android, false"})
    void anIntroducedFlavourIntroducesTheOtherFlavoursOfItsRelease(String version, boolean affected) {
        AffectedRanges fromJre = range(event(Kind.INTRODUCED, "30.0-jre"), event(Kind.FIXED, "31.0"));

        assertThat(fromJre.affects(version)).isEqualTo(affected);
    }

    @ParameterizedTest(name = "{0} in [0, limit 29.0): {1}")
    @CsvSource({"28.2-jre, true", "29.0-jre, false", "29.0-android, false", "29.0, false"})
    void aLimitWithoutFlavourCutsOffEveryFlavourOfItsRelease(String version, boolean affected) {
        AffectedRanges limited = range(event(Kind.INTRODUCED, "0"), event(Kind.LIMIT, "29.0"));

        assertThat(limited.affects(version)).isEqualTo(affected);
    }

    @ParameterizedTest(name = "{0} listed as {1}: {2}")
    @CsvSource({
        "29.0-jre, 29.0, true",
        "29.0-android, 29.0-jre, true",
        "29.0.Final, 29.0, true",
        "29.0-sp1, 29.0, false",
        "29.0-rc1, 29.0, false",
        "29.0, 29.0-jre, false",
        "2.6.3-CUSTOM, 2.6.3-CUSTOM, true"
    })
    void anExplicitVersionCoversTheFlavoursOfItsReleaseToo(String version, String listed, boolean affected) {
        AffectedRanges explicit = new AffectedRanges(List.of(), List.of(listed));

        assertThat(explicit.affects(version)).isEqualTo(affected);
    }

    @ParameterizedTest(name = "{0} in [0, last_affected 9.4.40] or [9.4.41, fixed 9.4.43.v20210629): {1}")
    @CsvSource({
        "9.4.40.v20210413, true",
        "9.4.41.v20210516, true",
        "9.4.43.v20210601, true",
        "9.4.43.v20210629, false",
        "9.4.44.v20210927, false"
    })
    void theSameFlavourKeepsMavensOrderAsANumberedSeries(String version, boolean affected) {
        AffectedRanges jetty = new AffectedRanges(
                List.of(
                        List.of(event(Kind.INTRODUCED, "0"), event(Kind.LAST_AFFECTED, "9.4.40")),
                        List.of(event(Kind.INTRODUCED, "9.4.41"), event(Kind.FIXED, "9.4.43.v20210629"))),
                List.of());

        assertThat(jetty.affects(version)).isEqualTo(affected);
    }

    @ParameterizedTest(name = "{0} in [0, last_affected 1.2.17] or [2.0, fixed 2.13.4.redhat-00003): {1}")
    @CsvSource({
        "1.2.17.redhat-00001, true",
        "1.2.18.redhat-00001, false",
        "2.13.4.redhat-00001, true",
        "2.13.4.redhat-00003, false",
        "2.13.4, true"
    })
    void aVendorRebuildIsItsUpstreamReleaseForABoundWithoutFlavour(String version, boolean affected) {
        AffectedRanges rebuilt = new AffectedRanges(
                List.of(
                        List.of(event(Kind.INTRODUCED, "0"), event(Kind.LAST_AFFECTED, "1.2.17")),
                        List.of(event(Kind.INTRODUCED, "2.0"), event(Kind.FIXED, "2.13.4.redhat-00003"))),
                List.of());

        assertThat(rebuilt.affects(version)).isEqualTo(affected);
    }

    @ParameterizedTest(name = "{0} in [1.0, fixed 2.0): {1}")
    @CsvSource({
        "2.0.Final, false",
        "2.0.RELEASE, false",
        "2.0.GA, false",
        "2.0-rc1, true",
        "2.0-M3, true",
        "2.0b1, true",
        "2.0-SNAPSHOT, true",
        "1.9-sp1, true",
        "2.0-sp1, false"
    })
    void qualifiersMavenKnowsAreNoFlavourAndKeepMavensOrder(String version, boolean affected) {
        AffectedRanges oneUpToTwo = range(event(Kind.INTRODUCED, "1.0"), event(Kind.FIXED, "2.0"));

        assertThat(oneUpToTwo.affects(version)).isEqualTo(affected);
    }
}
