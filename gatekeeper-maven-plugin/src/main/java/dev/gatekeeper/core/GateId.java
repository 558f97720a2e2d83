package dev.gatekeeper.core;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The registry of gates: each gate's goal name, its place in the verdict (the declaration order: the
 * cheap, decisive gates first), the segment of its user properties, its result file and its docs
 * page. Everything else that names a gate (the goal's {@code @Mojo}, the verdict's order,
 * {@code gatekeeper.gates}, finding codes derived from the name) reads it from here. Adding a gate
 * means: its package, its goal class, one entry here, its docs page.
 */
public enum GateId {
    CERTIFY(Goals.CERTIFY),
    SNAPSHOT(Goals.SNAPSHOT),
    AUDIT(Goals.AUDIT),
    SMOKE(Goals.SMOKE),
    SBOM(Goals.SBOM),
    FIXTURES(Goals.FIXTURES),
    DOCS(Goals.DOCS),
    RELEASE_PLAN(Goals.RELEASE_PLAN);

    /**
     * Goal names as compile-time constants, for {@code @Mojo(name = ...)}, which needs a constant
     * expression. A gate's goal name is read through its {@link GateId} everywhere else.
     */
    public static final class Goals {
        public static final String CERTIFY = "certify";
        public static final String SNAPSHOT = "snapshot";
        public static final String AUDIT = "audit";
        public static final String SMOKE = "smoke";
        public static final String SBOM = "sbom";
        public static final String FIXTURES = "fixtures";
        public static final String DOCS = "docs";
        public static final String RELEASE_PLAN = "release-plan";

        /** The goal that merges every gate's result; not a gate, but the name of its own results and log lines. */
        public static final String VERDICT = "verdict";
        /** The goal that refuses a deploy without READY evidence; not a gate. */
        public static final String GUARD = "guard";
        /** The release-plan gate run on its own, failing the build itself (for release:prepare). */
        public static final String RELEASE_CHECK = "release-check";
        /** Refreshes the audit's managed OSV database only (a CI step that warms a shared cache); not a gate. */
        public static final String AUDIT_UPDATE = "audit-update";
        /**
         * Bound to {@code initialize}: starts in the background the gates' work that needs neither the built
         * artifacts nor the tests' outcome; not a gate.
         */
        public static final String START = "start";

        private Goals() {}
    }

    /** The prefix of every Gatekeeper user property. */
    private static final String PROPERTY_PREFIX = "gatekeeper.";

    private final String goal;

    GateId(String goal) {
        this.goal = goal;
    }

    /** The goal name; also the gate's name in log lines, results, evidence and {@code gatekeeper.gates}. */
    public String goal() {
        return goal;
    }

    /** The gate's place in the verdict, from 0: the cheap, decisive gates first. */
    public int order() {
        return ordinal();
    }

    /**
     * The segment of the gate's user properties, {@code gatekeeper.<segment>.<option>}: the goal name
     * in camel case ({@code releasePlan} for release-plan), as a Maven property is usually spelled.
     */
    public String propertySegment() {
        StringBuilder segment = new StringBuilder(goal.length());
        boolean upper = false;
        for (char c : goal.toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                segment.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return segment.toString();
    }

    /** The user property {@code gatekeeper.<segment>.<option>}. */
    public String property(String option) {
        return PROPERTY_PREFIX + propertySegment() + "." + option;
    }

    /** The user property that skips the gate. */
    public String skipProperty() {
        return property("skip");
    }

    /** The name of the gate's result file under {@code target/gatekeeper/results/}, for a gate that judges the module as a whole. */
    public String resultFile() {
        return ResultStore.fileName(goal, null);
    }

    /** The name of the gate's result file for one subject (a snapshot case). */
    public String resultFile(String subject) {
        return ResultStore.fileName(goal, subject);
    }

    /** The gate's page in the docs folder ({@code release-plan.md}). */
    public String docsPage() {
        return goal + ".md";
    }

    /** The gate's published docs page at the heading with id {@code anchor}, for messages and fixes. */
    public String docsUrl(String anchor) {
        return UserDocs.page(goal, anchor);
    }

    /** The prefix of the gate's finding codes: the goal name in upper case, '-' as '_' ({@code RELEASE_PLAN}). */
    public String codePrefix() {
        return codePrefixOf(goal);
    }

    /** The code of the finding a crashed gate reports, {@code <PREFIX>_GATE_ERROR}. */
    public String gateErrorCode() {
        return codePrefix() + "_GATE_ERROR";
    }

    /** The code a gate judging the whole reactor adds on a partial reactor, {@code <PREFIX>_PARTIAL_REACTOR}. */
    public String partialReactorCode() {
        return codePrefix() + "_PARTIAL_REACTOR";
    }

    /** The code prefix for a goal or gate name ({@code verdict} gives {@code VERDICT}). */
    public static String codePrefixOf(String goal) {
        return goal.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    /** The gate with this goal name, if it is one (verdict, guard and release-check are not). */
    public static Optional<GateId> of(String goal) {
        return Arrays.stream(values()).filter(gate -> gate.goal.equals(goal)).findFirst();
    }

    /** The gate names in verdict order. */
    public static List<String> goals() {
        return Arrays.stream(values()).map(GateId::goal).toList();
    }
}
