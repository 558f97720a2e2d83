package dev.gatekeeper.sbom;

import java.util.Set;

/**
 * When a change between two SBOMs holds the merge; otherwise drift is information only.
 *
 * @param holdOnDowngrade whether a component whose version went down holds the merge
 * @param holdOnAdded     whether any new component holds the merge (for a change that must not add dependencies)
 * @param deniedLicenses  SPDX ids; an added component, or one whose licenses changed, under one of them holds the merge
 */
public record DriftPolicy(boolean holdOnDowngrade, boolean holdOnAdded, Set<String> deniedLicenses) {

    public DriftPolicy {
        deniedLicenses = deniedLicenses == null ? Set.of() : Set.copyOf(deniedLicenses);
    }

    /** Everything is information: the local equivalent of a dependency-review job that only comments. */
    public static DriftPolicy informational() {
        return new DriftPolicy(false, false, Set.of());
    }
}
