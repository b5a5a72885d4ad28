package org.bt4j.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.bt4j.report.SyntheticRuns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Opens the HTML report in headless Chromium (Debian's {@code chromium} package), checks that
 * the page's script ran without errors and saves a screenshot. Runs only with {@code -Pbrowser}.
 */
@EnabledIfSystemProperty(named = "bt4j.browser", matches = "true")
class HtmlReportBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Pattern CONSOLE_ERROR = Pattern.compile(":CONSOLE|Uncaught");

    @Test
    void reportRendersWithoutConsoleErrors() throws Exception {
        assertTrue(Files.isExecutable(CHROMIUM), "install Debian's chromium package: apt-get install chromium");
        Path out = Path.of(System.getProperty("bt4j.browser.out", "target-browser"));
        Files.createDirectories(out);
        Path html = out.resolve("report.html").toAbsolutePath();
        HtmlReport.write(SyntheticRuns.run(750, false), html);

        Path shot = out.resolve("report.png").toAbsolutePath();
        Result screenshot = chromium(out, "--window-size=1600,2400", "--screenshot=" + shot, html.toUri().toString());
        assertTrue(Files.size(shot) > 50_000, "screenshot saved: " + shot);
        assertEquals(1600, ImageIO.read(shot.toFile()).getWidth());
        assertNoConsoleErrors(screenshot.stderr());

        Result dom = chromium(out, "--dump-dom", html.toUri().toString());
        assertNoConsoleErrors(dom.stderr());
        Matcher status = Pattern.compile("<div id=\"js-status\">([^<]*)</div>").matcher(dom.stdout());
        assertTrue(status.find(), "page has its status element");
        assertEquals("ok", status.group(1), "script status");
        assertTrue(dom.stdout().contains("data-rendered=\"ok\""));
        assertTrue(dom.stdout().contains("<canvas"), "charts drew canvases");
    }

    private static void assertNoConsoleErrors(String stderr) {
        List<String> bad = new ArrayList<>();
        for (String line : stderr.split("\n")) {
            if (CONSOLE_ERROR.matcher(line).find()) {
                bad.add(line);
            }
        }
        assertTrue(bad.isEmpty(), "console errors: " + bad);
    }

    private record Result(String stdout, String stderr) {
    }

    private static Result chromium(Path workDir, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--no-first-run", "--disable-extensions", "--disable-sync",
                "--hide-scrollbars", "--enable-logging=stderr", "--v=0", "--virtual-time-budget=8000",
                "--user-data-dir=" + workDir.resolve("chromium-profile").toAbsolutePath()));
        cmd.addAll(List.of(args));
        Path stdout = workDir.resolve("chromium.out");
        Path stderr = workDir.resolve("chromium.err");
        Process p = new ProcessBuilder(cmd).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish in 120 s");
        }
        return new Result(Files.readString(stdout, StandardCharsets.UTF_8), Files.readString(stderr, StandardCharsets.UTF_8));
    }
}
