package dev.gatekeeper.codes;

import dev.gatekeeper.core.FindingCode;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Renders the catalogue as the Markdown that {@code docs/finding-codes.md} embeds: one table per gate
 * (code, usual severity, meaning, fix). The self-check's docs gate runs this class as a command surface
 * and holds the build when the page differs; {@code -Dgatekeeper.docs.update} rewrites it.
 */
public final class FindingCodesPage {

    private FindingCodesPage() {}

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.print(render(FindingCatalogue.byGate()));
        out.flush();
    }

    static String render(List<List<FindingCode>> byGate) {
        StringBuilder page = new StringBuilder();
        for (List<FindingCode> codes : byGate) {
            String gate = codes.get(0).gate();
            if (page.length() > 0) {
                page.append('\n');
            }
            page.append("### ").append(gate).append("\n\n");
            page.append("| Code | Severity | Meaning | Fix |\n");
            page.append("| --- | --- | --- | --- |\n");
            for (FindingCode code : codes) {
                page.append("| `")
                        .append(code.code())
                        .append("` | ")
                        .append(code.severity())
                        .append(" | ")
                        .append(cell(code.meaning()))
                        .append(" | ")
                        .append(cell(code.fix()))
                        .append(" |\n");
            }
        }
        return page.toString();
    }

    /**
     * One table cell: a pipe would end it early, a line break would end the row, and outside a code
     * span {@code <executable>} would be read as an HTML tag and not shown.
     */
    static String cell(String text) {
        String[] parts = text.replace("|", "\\|").replaceAll("\\R", " ").strip().split("`", -1);
        for (int i = 0; i < parts.length; i += 2) {
            parts[i] = parts[i].replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        }
        return String.join("`", parts);
    }
}
