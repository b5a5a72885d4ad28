package org.bt4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code bt4j indicator} through {@link Main#commandLine()}: golden README §1 output and one-line errors. */
class IndicatorCommandTest {

    private static String data(String name) throws URISyntaxException {
        return Paths.get(IndicatorCommandTest.class.getResource("/golden/data/" + name).toURI()).toString();
    }

    private static List<String> expected(String name) throws Exception {
        return Files.readAllLines(Path.of(IndicatorCommandTest.class.getResource("/indicator/" + name).toURI()));
    }

    /** Same header, row count and datetimes; numbers within the golden tolerance; nan only against nan. */
    private static void assertSameCsv(List<String> expected, String actual) {
        List<String> got = actual.lines().toList();
        assertEquals(expected.size(), got.size(), "rows");
        assertEquals(expected.get(0), got.get(0), "header");
        for (int r = 1; r < expected.size(); r++) {
            String[] e = expected.get(r).split(",");
            String[] g = got.get(r).split(",");
            assertEquals(e.length, g.length, "row " + r);
            assertEquals(e[0], g[0], "datetime of row " + r);
            for (int c = 1; c < e.length; c++) {
                if (e[c].equals("nan")) {
                    assertEquals("nan", g[c], "row " + r + " col " + c);
                    continue;
                }
                double a = Double.parseDouble(e[c]);
                double b = Double.parseDouble(g[c]);
                double tol = Math.max(1e-9, 1e-9 * Math.max(Math.abs(a), Math.abs(b)));
                assertTrue(Math.abs(a - b) <= tol, "row " + r + " col " + c + ": " + e[c] + " vs " + g[c]);
            }
        }
    }

    @Test
    void readsABarFile(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path bin = dir.resolve("daily-s1.bt4j");
        assertEquals(0, CliRun.run("data", "convert", "--in", data("daily-s1.csv"), "--out", bin.toString()).code());
        CliRun r = CliRun.run("indicator", "--data", bin.toString(), "--name", "MACDHisto", "--param", "period_me1=5",
            "--param", "period_me2=35", "--param", "period_signal=5");
        assertEquals(0, r.code(), r.err());
        assertSameCsv(expected("ind-daily-s1-MACDHisto-p1.csv"), r.out());
    }

    @Test
    void goldenCasesInBothModes() throws Exception {
        String daily = data("daily-s1.csv");
        String[] macd = {"indicator", "--data", daily, "--name", "MACDHisto", "--param", "period_me1=5",
            "--param", "period_me2=35", "--param", "period_signal=5"};
        CliRun once = CliRun.run(macd);
        assertEquals(0, once.code(), once.err());
        assertEquals("", once.err());
        assertSameCsv(expected("ind-daily-s1-MACDHisto-p1.csv"), once.out());
        String[] next = java.util.Arrays.copyOf(macd, macd.length + 1);
        next[macd.length] = "--runnext";
        CliRun barByBar = CliRun.run(next);
        assertEquals(once.out(), barByBar.out(), "vectorised and bar-by-bar output are identical");

        CliRun rsi = CliRun.run("indicator", "--data", data("nvda-2014.txt"), "--name", "RelativeStrengthIndex");
        assertEquals(0, rsi.code(), rsi.err());
        assertSameCsv(expected("ind-nvda2014-RelativeStrengthIndex.csv"), rsi.out());
    }

    @Test
    void aliasAndPythonReprNumbers() throws Exception {
        CliRun r = CliRun.run("indicator", "--data", data("bt-2006-day-001.txt"), "--name", "Hurst", "--param", "period=20");
        assertEquals(0, r.code(), r.err());
        List<String> rows = r.out().lines().toList();
        assertEquals("datetime,hurst", rows.get(0));
        assertEquals(256, rows.size());
        assertEquals("2006-01-02T23:59:59,nan", rows.get(1));
        assertTrue(rows.get(19).endsWith(",nan"), rows.get(19));
        String v = rows.get(20).split(",")[1];
        assertTrue(!v.equals("nan") && !v.contains("E"), "Python repr of a float: " + v);
    }

    @Test
    void userErrorsAreOneLine() throws Exception {
        String daily = data("daily-s1.csv");
        CliRun unknown = CliRun.run("indicator", "--data", daily, "--name", "NoSuchThing");
        assertOneLine(unknown, "bt4j: --name: unknown indicator 'NoSuchThing'; valid: MovingAverageSimple, ");
        assertTrue(unknown.err().contains("HurstExponent"), unknown.err());

        CliRun badParam = CliRun.run("indicator", "--data", daily, "--name", "SMA", "--param", "periods=3");
        assertOneLine(badParam, "bt4j: --param: unknown parameter 'periods' for MovingAverageSimple; valid: period");

        CliRun badValue = CliRun.run("indicator", "--data", daily, "--name", "SMA", "--param", "period=x");
        assertOneLine(badValue, "bt4j: --param: parameter period of MovingAverageSimple must be int, got 'x'");

        CliRun noEquals = CliRun.run("indicator", "--data", daily, "--name", "SMA", "--param", "period");
        assertOneLine(noEquals, "bt4j: --param: expected key=value, got 'period'");

        CliRun badPeriod = CliRun.run("indicator", "--data", daily, "--name", "SMA", "--param", "period=0");
        assertOneLine(badPeriod, "bt4j: --param: period must be >= 1, got 0");

        CliRun missing = CliRun.run("indicator", "--data", "/nonexistent/x.csv", "--name", "SMA");
        assertEquals(2, missing.code(), missing.err());
        assertEquals(1, missing.err().lines().count(), missing.err());
        assertTrue(missing.err().startsWith("bt4j: "), missing.err());

        CliRun noName = CliRun.run("indicator", "--data", daily);
        assertEquals(2, noName.code());
        assertEquals(1, noName.err().lines().count(), noName.err());
    }

    private static void assertOneLine(CliRun r, String prefix) {
        assertEquals(2, r.code(), r.err());
        assertEquals("", r.out());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith(prefix), r.err());
    }

    @Test
    void helpListsEveryIndicatorWithParamsAndLines() {
        CliRun r = CliRun.run("indicator", "--help");
        assertEquals(0, r.code());
        String help = r.out().replaceAll("\\s+", " "); // picocli wraps long footer lines
        assertTrue(help.contains("HurstExponent (Hurst) lines: hurst; params: period=40 lag_start=None lag_end=None"),
            help);
        assertTrue(help.contains("MACDHisto (MACDHistogram) lines: macd,signal,histo;"), help);
    }
}
