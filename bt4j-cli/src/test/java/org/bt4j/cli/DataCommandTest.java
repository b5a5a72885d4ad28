package org.bt4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import org.bt4j.BadInputException;
import org.bt4j.feed.BarCsvWriter;
import org.bt4j.feed.BarFileWriter;
import org.bt4j.feed.DataFiles;
import org.bt4j.feed.SourceFeed;
import org.bt4j.time.TimeFrame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataCommandTest {

    @TempDir
    Path dir;

    @Test
    void generatesTheGoldenDailyFile() throws Exception {
        Path out = dir.resolve("daily-s1.csv");
        CliRun r = CliRun.run("data", "generate", "--mode", "daily", "--seed", "1",
            "--start-price", "100.00", "--start-date", "2015-01-05", "--bars", "1000", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("baab823ca4e612aea29136dbc8bbb7d71bdb67bf81516b3ed39814dccd71d446",
            HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(out))));
    }

    @Test
    void badOptionIsOneLine() {
        CliRun r = CliRun.run("data", "generate", "--mode", "hourly", "--seed", "1", "--start-price", "100",
            "--start-date", "2015-01-05", "--bars", "10", "--out", dir.resolve("x.csv").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("bt4j: --mode: 'hourly' is not one of minute, daily"), r.err());
        assertEquals(1, r.err().lines().count());
    }

    private static Path goldenData(String file) throws Exception {
        return Path.of(DataCommandTest.class.getResource("/golden/data/" + file).toURI());
    }

    @Test
    void convertsCsvToABarFileAndBack() throws Exception {
        Path bin = dir.resolve("minute.bt4j");
        CliRun r = CliRun.run("data", "convert", "--in", goldenData("minute-s2.csv").toString(), "--timeframe", "Minutes",
            "--tz", "America/New_York", "--out", bin.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("-> " + bin + ": 7800 bars (Minutes/1, America/New_York)"), r.out());
        assertEquals(128 + 7800 * 56, Files.size(bin));

        Path csv = dir.resolve("minute.csv");
        r = CliRun.run("data", "convert", "--in", bin.toString(), "--out", csv.toString());
        assertEquals(0, r.code(), r.err());
        List<String> original = Files.readAllLines(goldenData("minute-s2.csv"));
        List<String> back = Files.readAllLines(csv);
        assertEquals(original.size(), back.size());
        assertEquals(original.get(0), back.get(0));
        // same values; the numbers are written as Python's float() reads them (6749 -> 6749.0)
        assertEquals("2020-03-02 09:30:00,50.01,50.17,49.92,50.07,6749.0,0.0", back.get(1));
        assertEquals(original.get(7800).replaceAll(",(\\d+),0$", ",$1.0,0.0"), back.get(7800));
    }

    @Test
    void damagedOrForeignInputIsOneLine() throws Exception {
        Path bin = dir.resolve("d.bt4j");
        assertEquals(0, CliRun.run("data", "convert", "--in", goldenData("daily-s1.csv").toString(), "--out",
            bin.toString()).code());
        byte[] b = Files.readAllBytes(bin);
        Files.write(bin, java.util.Arrays.copyOf(b, b.length - 8));
        CliRun r = CliRun.run("data", "convert", "--in", bin.toString(), "--out", dir.resolve("d.csv").toString());
        assertEquals(2, r.code());
        assertEquals("bt4j: " + bin + ": truncated bar file: 1000 bars need 56128 bytes, the file has 56120",
            r.err().strip());
        assertTrue(Files.notExists(dir.resolve("d.csv")));

        b[200] ^= 1;
        Files.write(bin, b);
        r = CliRun.run("data", "convert", "--in", bin.toString(), "--out", dir.resolve("d.csv").toString());
        assertEquals(2, r.code());
        assertEquals("bt4j: " + bin + ": damaged bar file: the time column does not match its checksum", r.err().strip());
        assertTrue(Files.notExists(dir.resolve("d.csv")));
    }

    @Test
    void wrongBarSizeAndBadOptionsAreOneLine() throws Exception {
        CliRun r = CliRun.run("data", "convert", "--in", goldenData("minute-s2.csv").toString(), "--out",
            dir.resolve("m.bt4j").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("bt4j: minute-s2: bar 2 at 2020-03-02T23:59:59.999990Z is not after the previous"),
            r.err());
        assertEquals(1, r.err().lines().count());
        assertTrue(Files.notExists(dir.resolve("m.bt4j")));

        r = CliRun.run("data", "convert", "--in", goldenData("minute-s2.csv").toString(), "--out", dir.resolve("m.bt4j").toString(),
            "--tz", "Mars/Olympus");
        assertEquals("bt4j: --tz: unknown time zone 'Mars/Olympus'", r.err().strip());
        r = CliRun.run("data", "convert", "--in", dir.resolve("missing.csv").toString(), "--out", dir.resolve("m.bt4j").toString());
        assertEquals("bt4j: " + dir.resolve("missing.csv") + ": no such file", r.err().strip());
        r = CliRun.run("data", "convert", "--in", goldenData("daily-s1.csv").toString(), "--out",
            dir.resolve("no/such/dir/x.bt4j").toString());
        assertEquals(2, r.code());
        assertEquals(1, r.err().lines().count());
    }

    /** What streaming {@code csv} (read as minute bars in New York) bar by bar into {@code out} writes. */
    private static int streamed(Path csv, Path out) {
        SourceFeed feed = DataFiles.open(csv, TimeFrame.Minutes, 1);
        feed.tz(ZoneId.of("America/New_York"));
        return out.toString().endsWith(".bt4j") ? BarFileWriter.write(out, feed) : BarCsvWriter.write(out, feed);
    }

    @Test
    void aCsvOfSeveralPartsConvertsToTheBytesAndErrorsOfTheStream() throws Exception {
        Path csv = dir.resolve("big.csv");
        assertEquals(0, CliRun.run("data", "generate", "--mode", "minute", "--seed", "7", "--start-price", "1000.00",
            "--start-date", "2020-03-02", "--bars", "24000", "--out", csv.toString()).code());
        assertTrue(Files.size(csv) > 1 << 20, "more than two of a preload's smallest parts (512 KiB)");
        for (String name : new String[] {"big.bt4j", "big-out.csv"}) {
            Path out = dir.resolve(name);
            CliRun r = CliRun.run("data", "convert", "--in", csv.toString(), "--timeframe", "Minutes", "--tz",
                "America/New_York", "--out", out.toString());
            assertEquals(0, r.code(), r.err());
            assertTrue(r.out().startsWith(csv + " -> " + out + ": 24000 bars (Minutes/1, America/New_York) in "),
                r.out());
            assertEquals(24_000, streamed(csv, dir.resolve("streamed-" + name)));
            assertEquals(-1, Files.mismatch(out, dir.resolve("streamed-" + name)), name);
        }

        List<String> lines = Files.readAllLines(csv);
        lines.set(18_001, lines.get(18_001).replaceFirst(",[0-9.]+,", ",100.0x,"));
        Files.write(csv, lines);
        String stream = assertThrows(BadInputException.class, () -> streamed(csv, dir.resolve("s.bt4j"))).getMessage();
        assertTrue(stream.startsWith(csv + ":18002: "), stream);
        for (String name : new String[] {"bad.bt4j", "bad.csv"}) {
            Path out = dir.resolve(name);
            CliRun r = CliRun.run("data", "convert", "--in", csv.toString(), "--timeframe", "Minutes", "--tz",
                "America/New_York", "--out", out.toString());
            assertEquals(2, r.code());
            assertEquals("bt4j: " + stream, r.err().strip());
            assertTrue(Files.notExists(out));
        }
    }
}
