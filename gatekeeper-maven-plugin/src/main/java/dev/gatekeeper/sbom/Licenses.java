package dev.gatekeeper.sbom;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.cyclonedx.model.License;
import org.cyclonedx.model.LicenseChoice;

/** The license information of a component, as SPDX ids, expressions and free-form names. */
final class Licenses {
    private static final Pattern EXPRESSION_SEPARATORS = Pattern.compile("[\\s()]+");
    private static final Set<String> OPERATORS = Set.of("AND", "OR", "WITH");

    private Licenses() {}

    /** Every license as shown: an id, an expression, or a name; empty when the component has none. */
    static List<String> of(LicenseChoice choice) {
        List<String> shown = new ArrayList<>();
        if (choice == null) {
            return shown;
        }
        if (choice.getLicenses() != null) {
            for (License license : choice.getLicenses()) {
                if (license.getId() != null && !license.getId().isBlank()) {
                    shown.add(license.getId());
                } else if (license.getName() != null && !license.getName().isBlank()) {
                    shown.add(license.getName());
                }
            }
        }
        if (choice.getExpression() != null
                && choice.getExpression().getValue() != null
                && !choice.getExpression().getValue().isBlank()) {
            shown.add(choice.getExpression().getValue());
        }
        return shown;
    }

    /**
     * The denied SPDX ids that a license id or expression names, case-insensitively. An expression is
     * split into its ids, so {@code Apache-2.0 OR GPL-3.0-only} names GPL-3.0-only, and an "or later"
     * {@code GPL-2.0+} names GPL-2.0 as well. Free-form names are not SPDX ids and are never matched.
     */
    static Set<String> denied(LicenseChoice choice, Set<String> deniedIds) {
        Set<String> found = new LinkedHashSet<>();
        if (choice == null || deniedIds.isEmpty()) {
            return found;
        }
        Set<String> denied =
                deniedIds.stream().map(id -> id.toUpperCase(Locale.ROOT)).collect(Collectors.toSet());
        List<String> ids = new ArrayList<>();
        if (choice.getLicenses() != null) {
            choice.getLicenses().stream()
                    .map(License::getId)
                    .filter(id -> id != null)
                    .forEach(ids::add);
        }
        if (choice.getExpression() != null && choice.getExpression().getValue() != null) {
            for (String token : EXPRESSION_SEPARATORS.split(
                    choice.getExpression().getValue().strip())) {
                if (!token.isEmpty() && !OPERATORS.contains(token.toUpperCase(Locale.ROOT))) {
                    ids.add(token);
                }
            }
        }
        for (String id : ids) {
            String upper = id.toUpperCase(Locale.ROOT);
            String withoutOrLater = upper.endsWith("+") ? upper.substring(0, upper.length() - 1) : upper;
            if (denied.contains(upper) || denied.contains(withoutOrLater)) {
                found.add(id);
            }
        }
        return found;
    }
}
