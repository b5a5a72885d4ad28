package org.bt4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bt4j.engine.Backtest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bt4j walkforward} on the shipped daily file, checked against a brute-force walk: each window's
 * bars cut out of the CSV as text, every combination backtested on them with {@link Backtest}, the
 * best final value taken by hand, and the winner backtested on the following bars.
 */
class WalkforwardCommandTest {

    private static final int[] FAST = {5, 10};
    private static final int[] SLOW = {20, 30};

    @TempDir
    Path dir;

    private static Path data() throws Exception {
        return Path.of(WalkforwardCommandTest.class.getResource("/golden/data/daily-s1.csv").toURI());
    }

    /** Bars [from, to) of the data file as a CSV file of their own. */
    private Path slice(int from, int to) throws Exception {
        List<String> lines = Files.readAllLines(data());
        List<String> part = new ArrayList<>();
        part.add(lines.get(0));
        part.addAll(lines.subList(1 + from, 1 + to));
        Path p = dir.resolve("slice-" + from + "-" + to + ".csv");
        Files.write(p, part);
        return p;
    }

    private static double value(Path csv, int fast, int slow) {
        return new Backtest().strategy("smacross").param("fast", fast).param("slow", slow).data(csv, null, 1).run()
            .cerebro().broker().getValue();
    }

    @Test
    void rollingAndAnchoredWindowsMatchABruteForceWalk() throws Exception {
        for (boolean anchored : new boolean[] {false, true}) {
            List<String> args = new ArrayList<>(List.of("walkforward", "--data", data().toString(), "--strategy",
                "smacross", "--param", "fast=5,10", "--param", "slow=20,30", "--in-sample", "300", "--out-sample", "200",
                "--format", "csv", "--threads", "2"));
            if (anchored) {
                args.add("--anchored");
            }
            CliRun r = CliRun.run(args.toArray(new String[0]));
            assertEquals(0, r.code(), r.err());
            List<String> rows = r.out().lines().toList();
            assertEquals("window,in_from,out_from,out_to,fast,slow,in_metric,in_return,out_return,efficiency",
                rows.get(0));
            assertEquals(4, rows.size(), r.out()); // out-of-sample windows from bars 300, 500, 700
            for (int w = 0; w < 3; w++) {
                int outFrom = 300 + 200 * w;
                int inFrom = anchored ? 0 : outFrom - 300;
                Path in = slice(inFrom, outFrom);
                double best = Double.NEGATIVE_INFINITY;
                int bf = 0;
                int bs = 0;
                for (int f : FAST) {
                    for (int s : SLOW) {
                        double v = value(in, f, s);
                        if (v > best) {
                            best = v;
                            bf = f;
                            bs = s;
                        }
                    }
                }
                double outRet = value(slice(outFrom, outFrom + 200), bf, bs) / 10000 - 1;
                String[] f = rows.get(w + 1).split(",");
                String where = (anchored ? "anchored" : "rolling") + " window " + w + ": " + rows.get(w + 1);
                assertEquals(List.of(w, inFrom, outFrom, outFrom + 200, bf, bs), List.of(Integer.parseInt(f[0]),
                    Integer.parseInt(f[1]), Integer.parseInt(f[2]), Integer.parseInt(f[3]), Integer.parseInt(f[4]),
                    Integer.parseInt(f[5])), where);
                assertEquals(best, Double.parseDouble(f[6]), 1e-9, where);
                assertEquals(outRet, Double.parseDouble(f[8]), 1e-12, where);
                double inRet = best / 10000 - 1;
                assertEquals((outRet / 200) / (inRet / (outFrom - inFrom)), Double.parseDouble(f[9]), 1e-9, where);
            }
        }
    }

    @Test
    void jsonChainsTheOutOfSampleEquity() throws Exception {
        Path out = dir.resolve("wf.json");
        CliRun r = CliRun.run("walkforward", "--data", data().toString(), "--strategy", "smacross", "--param",
            "fast=5,10", "--param", "slow=20,30", "--in-sample", "300", "--out-sample", "200", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        String json = Files.readString(out);
        assertTrue(json.contains("\"windows\""), json);
        CliRun csv = CliRun.run("walkforward", "--data", data().toString(), "--strategy", "smacross", "--param",
            "fast=5,10", "--param", "slow=20,30", "--in-sample", "300", "--out-sample", "200", "--format", "csv");
        double level = 10000;
        for (String row : csv.out().lines().skip(1).toList()) {
            level *= 1 + Double.parseDouble(row.split(",")[8]);
        }
        String equity = json.substring(json.indexOf("\"equity\""));
        long points = equity.lines().filter(l -> l.strip().startsWith("\"20")).count();
        assertEquals(600, points, "one point per out-of-sample bar");
        String[] lastPoint = equity.lines().filter(l -> l.contains(".")).reduce((a, b) -> b).orElseThrow().split(",");
        String last = lastPoint[lastPoint.length - 1].replaceAll("[^0-9.eE+-]", "");
        assertEquals(level, Double.parseDouble(last), 1e-6);
    }

    @Test
    void theHtmlReportHasTheWindowsAndTheEfficiency() throws Exception {
        Path html = dir.resolve("wf.html");
        CliRun r = CliRun.run("walkforward", "--data", data().toString(), "--strategy", "smacross", "--param",
            "fast=5,10", "--param", "slow=20,30", "--in-sample", "300", "--out-sample", "200", "--format", "csv",
            "--report", html.toString());
        assertEquals(0, r.code(), r.err());
        String page = Files.readString(html);
        assertTrue(page.contains("walk-forward windows"), "windows table");
        assertTrue(page.contains("efficiency ratio"), "efficiency setting");
        assertTrue(page.contains("bars 700-899"), "the last window's out-of-sample bars");
        CliRun bad = CliRun.run("walkforward", "--data", data().toString(), "--strategy", "smacross", "--param",
            "fast=5", "--in-sample", "300", "--out-sample", "200", "--report", dir.resolve("wf.txt").toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().startsWith("bt4j: --report ") && bad.err().strip().lines().count() == 1, bad.err());
    }

    @Test
    void badInputIsOneLine() throws Exception {
        CliRun big = CliRun.run("walkforward", "--data", data().toString(), "--strategy", "smacross", "--param",
            "fast=5", "--in-sample", "900", "--out-sample", "200");
        assertEquals(2, big.code());
        assertEquals("bt4j: --in-sample 900 + --out-sample 200 bars exceed the data's 1000 bars", big.err().strip());
        CliRun metric = CliRun.run("walkforward", "--data", data().toString(), "--strategy", "smacross", "--param",
            "fast=5", "--in-sample", "300", "--out-sample", "200", "--metric", "SQN.sqn");
        assertEquals(2, metric.code());
        assertEquals("bt4j: --metric SQN.sqn: add its analyzer with --analyzer SQN", metric.err().strip());
        CliRun zero = CliRun.run("walkforward", "--data", data().toString(), "--strategy", "smacross", "--param",
            "fast=5", "--in-sample", "0", "--out-sample", "200");
        assertEquals(2, zero.code());
        assertEquals("bt4j: --in-sample must be >= 1 bar, got 0", zero.err().strip());
    }
}
