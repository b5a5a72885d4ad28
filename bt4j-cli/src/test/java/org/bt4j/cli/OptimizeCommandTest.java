package org.bt4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bt4j.engine.Backtest;
import org.bt4j.util.PyFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bt4j optimize}: CSV and JSON-lines results, values equal to single backtests, one-line errors. */
class OptimizeCommandTest {

    @TempDir
    Path dir;

    private static Path data() throws Exception {
        return Path.of(OptimizeCommandTest.class.getResource("/golden/data/daily-s1.csv").toURI());
    }

    @Test
    void csvFileWithOneRowPerCombination() throws Exception {
        Path csv = dir.resolve("r.csv");
        CliRun r = CliRun.run("optimize", "--data", data().toString(), "--strategy", "smacross",
                "--param", "fast=5:7", "--param", "slow=20,30", "--out", csv.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("bt4j: 6 combinations (0 failed)"), r.err());
        assertTrue(r.err().contains("100% 6/6"), r.err());
        List<String> lines = Files.readAllLines(csv);
        assertEquals("index,fast,slow,value,cash,error", lines.get(0));
        assertEquals(7, lines.size());
        for (String line : lines.subList(1, 7)) {
            String[] f = line.split(",", -1);
            Backtest.Result single = new Backtest().strategy("smacross").param("fast", f[1]).param("slow", f[2])
                    .data(data(), null, 1).run();
            assertEquals(PyFormat.repr(single.cerebro().broker().getValue()), f[3], line);
            assertEquals("", f[5]);
        }
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left");
        }
    }

    @Test
    void jsonLinesToStdoutWithAFailedRow() throws Exception {
        CliRun r = CliRun.run("optimize", "--data", data().toString(), "--strategy", "smacross", "--no-progress",
                "--param", "fast=0,10", "--param", "slow=30", "--format", "jsonl", "--analyzer", "SQN");
        assertEquals(0, r.code(), r.err());
        List<String> rows = r.out().lines().sorted().toList();
        assertEquals(2, rows.size());
        assertTrue(rows.get(0).startsWith("{\"index\":0,\"params\":{\"fast\":0,\"slow\":30},\"error\":\"fast and slow"),
                rows.get(0));
        assertTrue(rows.get(1).contains("\"analyzers\":{\"SQN\":{\"sqn\":"), rows.get(1));
        assertTrue(r.err().contains("(1 failed)"), r.err());
        assertFalse(r.err().contains("ETA"));
    }

    @Test
    void readsABarFile() throws Exception {
        Path bin = dir.resolve("daily-s1.bt4j");
        assertEquals(0, CliRun.run("data", "convert", "--in", data().toString(), "--out", bin.toString()).code());
        String[] grid = {"--strategy", "smacross", "--no-progress", "--param", "fast=5,10", "--param", "slow=30"};
        CliRun fromCsv = CliRun.run(concat(new String[] {"optimize", "--data", data().toString()}, grid));
        CliRun fromBin = CliRun.run(concat(new String[] {"optimize", "--data", bin.toString()}, grid));
        assertEquals(0, fromBin.code(), fromBin.err());
        assertEquals(fromCsv.out().lines().sorted().toList(), fromBin.out().lines().sorted().toList());
    }

    private static String[] concat(String[] a, String[] b) {
        String[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    @Test
    void sharedIndicatorsChangeNoRow() throws Exception {
        String[] sweep = {"optimize", "--data", data().toString(), "--strategy", "smacross", "--no-progress",
            "--param", "fast=2:9", "--param", "slow=5:14", "--analyzer", "TradeAnalyzer"};
        CliRun shared = CliRun.run(sweep);
        CliRun own = CliRun.run(concat(sweep, new String[] {"--no-shared-indicators"}));
        assertEquals(0, own.code(), own.err());
        assertEquals(81, shared.out().lines().count());
        assertEquals(own.out(), shared.out(), "the same rows in the same order");
    }

    @Test
    void badGridIsOneLine() throws Exception {
        CliRun r = CliRun.run("optimize", "--data", data().toString(), "--strategy", "smacross", "--param", "fast=9:3");
        assertEquals(2, r.code());
        assertEquals("bt4j: --param fast=9:3: stop is below start", r.err().strip());
    }

    @Test
    void progressLine() {
        assertEquals("[###############...............]  50% 5/10  5 runs/s  ETA 00:00:01",
                OptimizeCommand.ProgressBar.line(5, 10, 0, 1_000_000_000L));
    }

    /** A strategy whose run {@code n == 3} loses its worker to an error that is not the combination's. */
    public static final class LosesItsWorkerAtThree extends org.bt4j.strategy.Strategy {
        @org.bt4j.strategy.Param(doc = "combination number")
        private int n;

        @Override
        public void next() {
            if (n == 3) {
                throw new InternalError("worker lost");
            }
        }
    }

    @Test
    void aLostWorkerIsAnErrorExitAndNoFile() throws Exception {
        Path out = dir.resolve("r.csv");
        CliRun r = CliRun.run("optimize", "--data", data().toString(), "--strategy",
                LosesItsWorkerAtThree.class.getName(), "--param", "n=1:40", "--threads", "1", "--no-progress",
                "--out", out.toString());
        assertEquals(1, r.code(), r.err());
        assertEquals("bt4j: optimize stopped: 2 of 40 combinations have a row (" + out + " not written); a worker was"
                + " lost: InternalError: worker lost", r.err().strip());
        assertFalse(Files.exists(out), "no partial results");
    }
}
