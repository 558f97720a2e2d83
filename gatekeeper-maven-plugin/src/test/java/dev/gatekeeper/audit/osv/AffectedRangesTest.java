package dev.gatekeeper.audit.osv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatekeeper.audit.osv.RangeEvent.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AffectedRangesTest {

    private static RangeEvent introduced(String version) {
        return new RangeEvent(Kind.INTRODUCED, version);
    }

    private static RangeEvent fixed(String version) {
        return new RangeEvent(Kind.FIXED, version);
    }

    private static RangeEvent lastAffected(String version) {
        return new RangeEvent(Kind.LAST_AFFECTED, version);
    }

    private static RangeEvent limit(String version) {
        return new RangeEvent(Kind.LIMIT, version);
    }

    @SafeVarargs
    private static AffectedRanges ranges(List<RangeEvent>... ranges) {
        return new AffectedRanges(List.of(ranges), List.of());
    }

    @ParameterizedTest(name = "{0} in [1.0, 2.0): {1}")
    @CsvSource({
        "0.9, false",
        "1.0-SNAPSHOT, false",
        "1.0-alpha, false",
        "1.0-alpha-2, false",
        "1.0-beta1, false",
        "1.0-M1, false",
        "1.0-rc1, false",
        "1.0, true",
        "1.0.0, true",
        "1.0.Final, true",
        "1.0-sp1, true",
        "1.9.9, true",
        "2.0-SNAPSHOT, true",
        "2.0-alpha1, true",
        "2.0-M3, true",
        "2.0-rc-2, true",
        "2.0, false",
        "2.0.0, false",
        "2.0.Final, false",
        "2.0.0.GA, false",
        "2.0.1, false",
        "10.0, false"
    })
    void qualifiersFollowMavensOrderAroundIntroducedAndFixed(String version, boolean affected) {
        AffectedRanges oneUpToTwo = ranges(List.of(introduced("1.0"), fixed("2.0")));

        assertThat(oneUpToTwo.affects(version)).isEqualTo(affected);
    }

    @ParameterizedTest(name = "{0} in [0, 2.1.214]: {1}")
    @CsvSource({
        "0.1, true",
        "2.1.214, true",
        "2.1.214.0, true",
        "2.1.214-rc1, true",
        "2.1.214-SNAPSHOT, true",
        "2.1.214-sp1, false",
        "2.1.215, false",
        "2.2.220, false"
    })
    void lastAffectedIsInclusive(String version, boolean affected) {
        AffectedRanges upToLastAffected = ranges(List.of(introduced("0"), lastAffected("2.1.214")));

        assertThat(upToLastAffected.affects(version)).isEqualTo(affected);
    }

    @Test
    void introducedZeroReachesBackBeforeEveryVersion() {
        AffectedRanges fromTheBeginning = ranges(List.of(introduced("0"), fixed("1.0")));

        assertThat(fromTheBeginning.affects("0-alpha")).isTrue();
        assertThat(fromTheBeginning.affects("0.0.1")).isTrue();
        assertThat(fromTheBeginning.affects("1.0-SNAPSHOT")).isTrue();
        assertThat(fromTheBeginning.affects("1.0")).isFalse();
    }

    @Test
    void introducedWithoutEndAffectsEverythingFromThere() {
        AffectedRanges unfixed = ranges(List.of(introduced("3.0-rc1")));

        assertThat(unfixed.affects("3.0-M2")).isFalse();
        assertThat(unfixed.affects("3.0-rc1")).isTrue();
        assertThat(unfixed.affects("99")).isTrue();
    }

    @Test
    void severalRangesAreOredAndTheGapsBetweenThemAreNotAffected() {
        AffectedRanges twoBranches =
                ranges(List.of(introduced("1.0.0"), fixed("1.0.2")), List.of(introduced("3.0.0"), fixed("3.2.5")));

        assertThat(twoBranches.affects("1.0.1")).isTrue();
        assertThat(twoBranches.affects("2.4.0")).isFalse();
        assertThat(twoBranches.affects("3.2.4")).isTrue();
        assertThat(twoBranches.affects("3.2.5")).isFalse();
    }

    @Test
    void oneRangeMayOpenAndCloseSeveralTimes() {
        AffectedRanges alternating = ranges(List.of(introduced("1.0"), fixed("1.2"), introduced("2.0"), fixed("2.3")));

        assertThat(alternating.affects("1.1")).isTrue();
        assertThat(alternating.affects("1.5")).isFalse();
        assertThat(alternating.affects("2.2.9")).isTrue();
        assertThat(alternating.affects("2.3")).isFalse();
    }

    @Test
    void unsortedEventsAreEvaluatedInVersionOrder() {
        AffectedRanges unsorted = ranges(List.of(fixed("2.3"), introduced("2.0"), fixed("1.2"), introduced("1.0")));

        assertThat(unsorted.affects("2.1")).isTrue();
        assertThat(unsorted.affects("1.5")).isFalse();
        assertThat(unsorted.affects("1.0.1")).isTrue();
    }

    @Test
    void aRangeWithOnlyFixedAffectsNothingAsTheSchemaRequiresAnIntroducedEvent() {
        AffectedRanges onlyFixed = ranges(List.of(fixed("2.0")));

        assertThat(onlyFixed.affects("1.0")).isFalse();
        assertThat(onlyFixed.affects("2.0")).isFalse();
    }

    @Test
    void explicitVersionsMatchExactlyInMavensSenseOfEqual() {
        AffectedRanges listed = new AffectedRanges(List.of(), List.of("1.4.2", "1.5"));

        assertThat(listed.affects("1.4.2")).isTrue();
        assertThat(listed.affects("1.5.0")).isTrue();
        assertThat(listed.affects("1.4.3")).isFalse();
        assertThat(listed.affects("1.4.2-SNAPSHOT")).isFalse();
    }

    @Test
    void explicitVersionsAddToTheRanges() {
        AffectedRanges both = new AffectedRanges(List.of(List.of(introduced("2.0"), fixed("2.1"))), List.of("1.7"));

        assertThat(both.affects("1.7")).isTrue();
        assertThat(both.affects("2.0.5")).isTrue();
        assertThat(both.affects("1.8")).isFalse();
    }

    @Test
    void limitCutsTheRangeOffAndStarMeansInfinity() {
        AffectedRanges limited = ranges(List.of(introduced("1.0"), limit("1.5")));
        AffectedRanges unlimited = ranges(List.of(introduced("1.0"), limit("*")));

        assertThat(limited.affects("1.4")).isTrue();
        assertThat(limited.affects("1.5")).isFalse();
        assertThat(unlimited.affects("7.0")).isTrue();
    }

    @Test
    void everyFixedEventAboveTheVersionIsACandidateFixWhicheverRangeItCloses() {
        AffectedRanges twoBranches = ranges(
                List.of(introduced("1.0"), fixed("1.9.3"), introduced("1.10-beta1"), fixed("1.10.0")),
                List.of(introduced("0"), fixed("1.9.3")));

        assertThat(twoBranches.fixedVersionsAbove("1.9")).containsExactly("1.9.3", "1.10.0");
        assertThat(twoBranches.fixedVersionsAbove("1.10-beta2")).containsExactly("1.10.0");
        assertThat(twoBranches.fixedVersionsAbove("1.10.0")).isEmpty();
        assertThat(ranges(List.of(introduced("0"), lastAffected("2.0"))).fixedVersionsAbove("1.0"))
                .isEmpty();
    }

    @Test
    void aStretchEndingAtLastAffectedOrNeverEndingIsUnfixedAndOneClosedByFixedIsNot() {
        AffectedRanges log4j1 = ranges(List.of(introduced("1.2"), lastAffected("1.2.17")));
        AffectedRanges open = ranges(List.of(introduced("3.0-rc1")));
        AffectedRanges fixedThenUnfixed =
                ranges(List.of(introduced("1.0"), fixed("1.5"), introduced("2.0"), lastAffected("2.4")));

        assertThat(log4j1.unfixedFor("1.2.17")).contains(new AffectedRanges.Unfixed("1.2.17"));
        assertThat(log4j1.unfixedFor("1.2")).contains(new AffectedRanges.Unfixed("1.2.17"));
        assertThat(log4j1.unfixedFor("1.1")).isEmpty();
        assertThat(open.unfixedFor("7.0")).contains(new AffectedRanges.Unfixed(null));
        assertThat(fixedThenUnfixed.unfixedFor("1.4")).isEmpty();
        assertThat(fixedThenUnfixed.unfixedFor("2.1")).contains(new AffectedRanges.Unfixed("2.4"));
        assertThat(new AffectedRanges(List.of(), List.of("1.0")).unfixedFor("1.0"))
                .isEmpty();
    }
}
