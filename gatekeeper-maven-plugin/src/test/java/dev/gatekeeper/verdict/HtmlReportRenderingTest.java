package dev.gatekeeper.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders report.html in headless Chromium, as a person opening it would see it. The screenshot is
 * kept in {@code target/report-screenshots/} to look at.
 */
class HtmlReportRenderingTest {
    static final Path SCREENSHOTS = Path.of("target", "report-screenshots");

    /** The HOLD banner's background, #cf222e in report.css. */
    private static final int HOLD_RED = 0xcf222e;

    @TempDir
    Path workDirectory;

    private HeadlessChromium chromium;

    @BeforeEach
    void findChromium() {
        chromium = HeadlessChromium.find().orElse(null);
        if (chromium == null) {
            Assumptions.abort("Chromium not found at " + HeadlessChromium.configuredPath()
                    + ": install Debian's chromium to render report.html (.ci/run does)");
        }
    }

    @Test
    void rendersTheReportWithoutConsoleErrorsAndWithTheHostileMessageAsText() throws Exception {
        Path evidence = Files.createDirectories(workDirectory.resolve("gatekeeper"));
        EvidenceFiles.writeAll(ReportFixtures.realisticHold(), evidence, VerdictFixtures.FINISHED);
        Path page = evidence.resolve(EvidenceFiles.REPORT_HTML);
        Files.createDirectories(SCREENSHOTS);
        Files.copy(page, SCREENSHOTS.resolve("report.html"), StandardCopyOption.REPLACE_EXISTING);

        HeadlessChromium.Rendering rendering = chromium.render(page, SCREENSHOTS.resolve("report.png"), workDirectory);

        assertThat(rendering.outcome().exitCode()).as(rendering.describe()).isZero();
        assertThat(rendering.pageProblems()).as(rendering.describe()).isEmpty();
        assertThat(rendering.dom())
                .contains("<span class=\"word\">HOLD</span>")
                .contains("pom.xml names &lt;script&gt;alert('owned')&lt;/script&gt; &amp; \"quotes\"")
                .doesNotContainIgnoringCase("<script");
        BufferedImage screenshot = ImageIO.read(rendering.screenshot().toFile());
        assertThat(screenshot).as("a PNG at %s", rendering.screenshot()).isNotNull();
        assertThat(screenshot.getWidth()).isEqualTo(1280);
        assertThat(screenshot.getHeight()).isEqualTo(2000);
        assertThat(distinctColours(screenshot, 0, screenshot.getHeight()))
                .as("colours in the screenshot")
                .hasSizeGreaterThan(50);
        assertThat(distinctColours(screenshot, 0, 120))
                .as("the inline styles paint the HOLD banner red")
                .contains(HOLD_RED);
    }

    /** Proves the console check above can fail: a page that breaks the rules is caught. */
    @Test
    void theConsoleCheckCatchesAScriptErrorAndABlockedFetch() throws Exception {
        Path page = workDirectory.resolve("broken.html");
        Files.writeString(
                page,
                "<!DOCTYPE html><html><head><meta http-equiv=\"Content-Security-Policy\" content=\""
                        + HtmlReport.CONTENT_SECURITY_POLICY + "\"></head><body><p>broken</p>"
                        + "<img src=\"https://example.invalid/tracker.png\"><script>undefinedFunction()</script></body></html>");

        HeadlessChromium.Rendering rendering =
                chromium.render(page, workDirectory.resolve("broken.png"), workDirectory);

        assertThat(rendering.outcome().exitCode()).as(rendering.describe()).isZero();
        assertThat(rendering.pageProblems())
                .as(rendering.describe())
                .anyMatch(line -> line.contains("https://example.invalid/tracker.png"))
                .anyMatch(line -> line.contains("inline script"));
    }

    private static Set<Integer> distinctColours(BufferedImage image, int fromY, int toY) {
        Set<Integer> colours = new HashSet<>();
        for (int y = fromY; y < Math.min(toY, image.getHeight()); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                colours.add(image.getRGB(x, y) & 0xffffff);
            }
        }
        return colours;
    }
}
