package org.bt4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code bt4j backtest} end to end: byte-identical JSON to backtrader's golden output for a few
 * cases (the full case list runs in bt4j-core's GoldenBacktestsTest), the bars-per-second line,
 * and one-line errors for bad input.
 */
class BacktestCommandTest {

    private static Path res(String rel) throws URISyntaxException {
        return Path.of(BacktestCommandTest.class.getResource("/" + rel).toURI());
    }

    private static String[] args(String data, String... rest) throws URISyntaxException {
        List<String> a = new ArrayList<>(List.of("backtest", "--data", res("golden/data/" + data).toString()));
        a.addAll(List.of(rest));
        a.add("--json");
        return a.toArray(new String[0]);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "bt-daily-s1-smacross, runonce, --strategy smacross",
        "bt-daily-s1-smacross, runnext, --strategy smacross",
        "bt-daily-s1-smacross, exactbars, --strategy smacross",
        "bt-daily-s1-bracket-margin, runonce, --strategy bracket --param stake=60",
        "bt-daily-s1-smacross-futures, runnext, --strategy smacross --commission 2.0 --mult 10 --margin 1000",
        "bt-daily-s1-oco, runonce, --strategy oco",
    })
    void printsBacktradersJson(String id, String mode, String rest) throws Exception {
        List<String> extra = new ArrayList<>(List.of(rest.split(" ")));
        extra.add("--mode");
        extra.add(mode);
        CliRun r = CliRun.run(args("daily-s1.csv", extra.toArray(new String[0])));
        assertEquals(0, r.code(), r.err());
        String expected = Files.readString(res("golden-backtest/" + id + ".json"));
        assertEquals(expected.strip(), r.out().strip());
        assertTrue(r.err().matches("bt4j: 1000 bars processed in [0-9.]+ s \\([0-9]+ bars/s\\); load [0-9.]+ s, "
            + "output [0-9.]+ s after the run \\(\\+[0-9.]+ s alongside it on a second thread\\), total [0-9.]+ s\\R"),
            r.err());
    }

    @ParameterizedTest(name = "{0} bars in {1} ns")
    @CsvSource({
        "1000, 361499999, 92000000, 38400000, 119000000, 527600001",
        "1000000, 203000000, 44990000, 15000, 0, 282000000",
        "10000000, 1389000000, 345000000, 214999999, 651000000, 2012345678",
        "0, 0, 0, 0, -1, 1000",
        "7, 1234567890123, 999999999, 1499999, -1, 1234567890123",
    })
    void closingLineReadsAsFormatterWouldWriteIt(long bars, long run, long load, long output, long alongside,
            long total) {
        // the oracle: the JDK's Formatter, which printed the line before
        double secs = run / 1e9;
        String expected = String.format(java.util.Locale.ROOT, "bt4j: %d bars processed in %.3f s (%.0f bars/s); "
            + "load %.3f s, output %.3f s%s, total %.3f s", bars, secs, secs > 0 ? bars / secs : 0.0, load / 1e9,
            output / 1e9, alongside < 0 ? "" : String.format(java.util.Locale.ROOT,
                " after the run (+%.3f s alongside it on a second thread)", alongside / 1e9), total / 1e9);
        assertEquals(expected, BacktestCommand.closingLine(bars, run, load, output, alongside, total));
    }

    @Test
    void readsEveryFormatBt4jWrites(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        // the same bars as a bar file (bt4j data convert) and as ISO date-times (bt4j resample's
        // output): the same JSON as from the CSV file
        String csv = res("golden/data/daily-s1.csv").toString();
        String expected = Files.readString(res("golden-backtest/bt-daily-s1-smacross.json")).strip();
        Path bin = dir.resolve("daily-s1.bt4j");
        assertEquals(0, CliRun.run("data", "convert", "--in", csv, "--out", bin.toString()).code());
        Path iso = dir.resolve("daily-s1.csv");
        CliRun rs = CliRun.run("resample", "--data", csv, "--to-timeframe", "Days");
        assertEquals(0, rs.code(), rs.err());
        Files.writeString(iso, rs.out());
        assertTrue(rs.out().lines().skip(1).findFirst().orElseThrow().startsWith("2015-01-05T23:59:59,"));
        for (Path p : List.of(bin, iso)) {
            for (String mode : List.of("runonce", "exactbars")) {
                CliRun r = CliRun.run("backtest", "--data", p.toString(), "--strategy", "smacross", "--mode", mode,
                    "--json");
                assertEquals(0, r.code(), r.err());
                assertEquals(expected, r.out().strip(), p + " " + mode);
            }
        }
    }

    @Test
    void outWritesTheSameJsonToAFileAndSchemaOneIsStrict(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        String expected = Files.readString(res("golden-backtest/bt-daily-s1-smacross.json")).strip();
        Path file = dir.resolve("r.json");
        CliRun r = CliRun.run(args("daily-s1.csv", "--strategy", "smacross", "--out", file.toString()));
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.out());
        assertEquals(expected + "\n", Files.readString(file));
        CliRun strict = CliRun.run(args("daily-s1.csv", "--strategy", "smacross", "--analyzer", "SharpeRatio",
            "--schema", "1"));
        assertEquals(0, strict.code(), strict.err());
        assertTrue(strict.out().startsWith("{\n \"schema\": \"bt4j.backtest/1\",\n \"final_value\": "), strict.out());
        assertTrue(!strict.out().contains("nan") && !strict.out().contains("NaN"), strict.out());
        CliRun bad = CliRun.run(args("daily-s1.csv", "--strategy", "smacross", "--schema", "2"));
        assertEquals(2, bad.code());
        assertEquals("bt4j: --schema: must be 0 or 1, got 2", bad.err().strip());
    }

    @Test
    void printsTheSameBytesStraightToStandardOutput() throws Exception {
        // as Main.main runs it: the JSON as bytes to the process's stdout, nothing through the writer
        String expected = Files.readString(res("golden-backtest/bt-daily-s1-smacross.json")).strip();
        picocli.CommandLine cl = Main.commandLine(new String[] {"backtest"});
        java.io.StringWriter text = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        cl.setOut(new java.io.PrintWriter(text));
        cl.setErr(new java.io.PrintWriter(err));
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        BacktestCommand.printBytesTo(cl, bytes);
        assertEquals(0, cl.execute(args("daily-s1.csv", "--strategy", "smacross")), err.toString());
        assertEquals(expected + "\n", bytes.toString(java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals("", text.toString());
    }

    @Test
    void aFailingResultWriterIsOneLineAndLeavesNothing(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        // a real bt4j process (16 MB heap: a spill keeps 1 MB in memory, then writes its file) whose
        // files may not grow past 16 blocks (ulimit -f): a spill file hits the limit first (EFBIG,
        // "File too large"); 30,000 zig-zag minute bars make a crossover, an order, every few bars
        Path data = dir.resolve("zigzag.csv");
        StringBuilder csv = new StringBuilder("datetime,open,high,low,close,volume,openinterest\n");
        java.time.LocalDateTime t = java.time.LocalDateTime.of(2020, 3, 2, 9, 30);
        for (int i = 0; i < 30_000; i++, t = t.plusMinutes(1)) {
            double c = 50 + (i % 6 < 3 ? i % 6 : 6 - i % 6) * 0.5;
            csv.append(t.toString().replace('T', ' ')).append(":00,").append(c).append(',').append(c + 0.25)
                .append(',').append(c - 0.25).append(',').append(c).append(",100,0\n");
        }
        Files.writeString(data, csv);
        Path file = dir.resolve("r.json");
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cmd = "ulimit -f 16; exec \"$0\" -XX:-UsePerfData -Xmx16m -Xss4m -cp \"$1\" org.bt4j.cli.Main backtest"
            + " --data \"$2\" --timeframe Minutes --strategy smacross --param fast=2 --param slow=3 --json --out \"$3\"";
        ProcessBuilder pb = new ProcessBuilder("sh", "-c", cmd, javaBin, System.getProperty("java.class.path"),
            data.toString(), file.toString());
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(2, p.waitFor(), out);
        assertEquals("bt4j: --out: cannot write " + file + ": cannot spill the orders and trades during the run: "
            + "File too large", out.strip());
        Files.delete(data);
        try (java.util.stream.Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(), left.toList(), "nothing at --out, no temporary or spill file");
        }
    }

    @Test
    void unknownStrategyListsTheBuiltIns() throws Exception {
        CliRun r = CliRun.run(args("daily-s1.csv", "--strategy", "nope"));
        assertEquals(2, r.code());
        assertEquals("bt4j: unknown strategy 'nope'; valid: smacross, smacross-ls, bracket, targetpct, oco, "
                + "or a Strategy class name", r.err().strip());
    }

    @Test
    void unknownParameterListsTheValidOnes() throws Exception {
        CliRun r = CliRun.run(args("daily-s1.csv", "--strategy", "smacross", "--param", "speed=3"));
        assertEquals(2, r.code());
        assertEquals("bt4j: unknown parameter 'speed' for strategy smacross; valid: fast, slow, stake, exectype, "
                + "offset, validdays", r.err().strip());
    }

    @Test
    void badParameterValueIsOneLine() throws Exception {
        CliRun r = CliRun.run(args("daily-s1.csv", "--strategy", "smacross", "--param", "fast=abc"));
        assertEquals(2, r.code());
        assertEquals("bt4j: parameter 'fast' of strategy smacross expects an integer, got 'abc'", r.err().strip());
    }

    @Test
    void negativeCashAndZeroStakeAreRefused() throws Exception {
        CliRun cash = CliRun.run(args("daily-s1.csv", "--strategy", "smacross", "--cash", "-5"));
        assertEquals(2, cash.code());
        assertEquals("bt4j: --cash must be a finite number >= 0, got -5.0", cash.err().strip());
        CliRun stake = CliRun.run(args("daily-s1.csv", "--strategy", "smacross", "--param", "stake=0"));
        assertEquals(2, stake.code());
        assertEquals("bt4j: stake must be > 0, got 0.0", stake.err().strip());
    }

    @Test
    void unknownAnalyzerIsOneLine() throws Exception {
        CliRun r = CliRun.run(args("daily-s1.csv", "--strategy", "smacross", "--analyzer", "Nope"));
        assertEquals(2, r.code());
        assertTrue(r.err().strip().startsWith("bt4j: unknown analyzer 'Nope'; "), r.err());
        assertEquals(1, r.err().strip().lines().count());
    }
}
