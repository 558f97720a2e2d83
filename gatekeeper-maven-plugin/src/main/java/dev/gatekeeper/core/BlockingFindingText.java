package dev.gatekeeper.core;

import java.util.List;

/**
 * How a blocking result is told to a person, in one place: the verdict's failure message and a goal
 * that fails the build itself ({@code gatekeeper.failFast}) use the same lines, so neither drops the fix.
 */
public final class BlockingFindingText {

    private BlockingFindingText() {}

    /**
     * One line per blocking finding, {@code [label] module: message (CODE)}, then its location
     * ({@code   at file:line}) and its fix ({@code   fix: …}, a multi-line fix indented under the first
     * line); a result without a blocking finding (a gate that broke before recording one) is its summary
     * and status. Every line ends with a line break.
     */
    public static String of(GateResult result) {
        StringBuilder text = new StringBuilder();
        String prefix = "[" + result.label() + "] " + result.moduleName() + ": ";
        List<Finding> findings = result.blockingFindings();
        if (findings.isEmpty()) {
            return text.append(prefix)
                    .append(oneLine(result.summary()))
                    .append(" (")
                    .append(result.status())
                    .append(")\n")
                    .toString();
        }
        for (Finding finding : findings) {
            text.append(prefix)
                    .append(oneLine(finding.message()))
                    .append(" (")
                    .append(finding.code())
                    .append(")\n");
            String location = location(finding.file(), finding.line());
            if (!location.isEmpty()) {
                text.append("  at ").append(location).append('\n');
            }
            if (finding.fix() != null && !finding.fix().isBlank()) {
                text.append("  fix: ")
                        .append(finding.fix().strip().replaceAll("\\R", "\n       "))
                        .append('\n');
            }
        }
        return text.toString();
    }

    /** {@code text} on one line: line breaks and tabs become a space. */
    public static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("[\\r\\n\\t]+", " ").strip();
    }

    /** "file:line", "file", or "" without a file. */
    public static String location(String file, Integer line) {
        if (file == null || file.isBlank()) {
            return "";
        }
        return line == null ? file : file + ":" + line;
    }
}
