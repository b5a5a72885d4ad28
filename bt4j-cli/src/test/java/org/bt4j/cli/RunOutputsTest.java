package org.bt4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bt4j backtest --plot/--report}: the golden smacross case rendered to PNG, SVG and HTML
 * through the command line, with the JSON on stdout still byte-identical to backtrader's; bad
 * file names are one-line errors before the run, and a failing run leaves no file behind.
 */
class RunOutputsTest {

    @TempDir
    Path dir;

    private static String data() throws Exception {
        return Path.of(RunOutputsTest.class.getResource("/golden/data/daily-s1.csv").toURI()).toString();
    }

    @Test
    void goldenSmacrossIsPlottedAndReported() throws Exception {
        Path png = dir.resolve("smacross.png");
        Path html = dir.resolve("smacross.html");
        CliRun r = CliRun.run("backtest", "--data", data(), "--strategy", "smacross", "--json",
                "--analyzer", "SQN", "--plot", png.toString(), "--report", html.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\"SQN\"") && !r.out().contains(RunOutputs.RECORDER), "recorder not printed");

        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(1600, img.getWidth());
        assertEquals(1000, img.getHeight());
        String page = Files.readString(html);
        assertTrue(page.contains("MovingAverageSimple(10)") && page.contains("MovingAverageSimple(30)"),
                "both SMAs on the price chart");
        assertTrue(page.contains("CrossOver"), "the crossover in its own panel");
        assertTrue(page.contains("data-analyzer=\"SQN\""));
        assertTrue(page.contains("smacross on daily-s1.csv"));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(2, left.count(), "no temporary files left");
        }
    }

    @Test
    void jsonIsUnchangedByPlotting() throws Exception {
        Path svg = dir.resolve("smacross.svg");
        CliRun plain = CliRun.run("backtest", "--data", data(), "--strategy", "smacross", "--json");
        CliRun plotted = CliRun.run("backtest", "--data", data(), "--strategy", "smacross", "--json", "--plot", svg.toString());
        assertEquals(0, plotted.code(), plotted.err());
        assertEquals(plain.out(), plotted.out());
        String doc = Files.readString(svg);
        assertTrue(doc.startsWith("<?xml") || doc.startsWith("<svg"), doc.substring(0, 40));
        assertTrue(doc.contains("MovingAverageSimple(30)"));
    }

    @Test
    void writerToFileAndToStdout() throws Exception {
        Path csv = dir.resolve("run.csv");
        CliRun plain = CliRun.run("backtest", "--data", data(), "--strategy", "smacross", "--json");
        CliRun file = CliRun.run("backtest", "--data", data(), "--strategy", "smacross", "--json", "--writer", csv.toString());
        assertEquals(0, file.code(), file.err());
        assertEquals(plain.out(), file.out(), "JSON unchanged");
        java.util.List<String> lines = Files.readAllLines(csv);
        assertEquals("=".repeat(79), lines.get(0));
        assertTrue(lines.get(1).startsWith("Id,daily-s1,len,datetime,open,high,low,close,volume,openinterest,SmaCross,"));
        assertTrue(lines.get(1001).startsWith("1000,daily-s1,1000,"), lines.get(1001));
        assertTrue(lines.contains("Cerebro:"));

        CliRun stdout = CliRun.run("backtest", "--data", data(), "--strategy", "smacross", "--json", "--writer", "-");
        assertEquals(0, stdout.code(), stdout.err());
        assertTrue(stdout.out().startsWith("=".repeat(79) + "\nId,"), stdout.out().substring(0, 100));
        assertTrue(stdout.out().endsWith(plain.out()), "the JSON follows the writer output");
    }

    @Test
    void badFileNamesAreOneLineBeforeTheRun() throws Exception {
        CliRun ext = CliRun.run("backtest", "--data", data(), "--strategy", "smacross", "--plot", dir.resolve("a.jpg").toString());
        assertEquals(2, ext.code());
        assertEquals("bt4j: --plot " + dir.resolve("a.jpg") + ": the file name must end in .png or .svg", ext.err().strip());
        assertEquals("", ext.out());
        Path missing = dir.resolve("nope").resolve("r.html");
        CliRun noDir = CliRun.run("backtest", "--data", data(), "--strategy", "smacross", "--report", missing.toString());
        assertEquals(2, noDir.code());
        assertTrue(noDir.err().strip().startsWith("bt4j: --report " + missing + ": directory "), noDir.err());
        assertEquals(1, noDir.err().strip().lines().count());
        CliRun isDir = CliRun.run("backtest", "--data", data(), "--strategy", "smacross", "--report", dir.toString());
        assertEquals(2, isDir.code());
        assertTrue(isDir.err().contains("is a directory"), isDir.err());
    }

    @Test
    void aFailingRunLeavesNoFile() throws Exception {
        Path png = dir.resolve("fail.png");
        CliRun r = CliRun.run("backtest", "--data", data(), "--strategy", "smacross", "--param", "stake=0",
                "--plot", png.toString(), "--report", dir.resolve("fail.html").toString());
        assertEquals(2, r.code());
        assertFalse(Files.exists(png));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(0, left.count());
        }
    }
}
