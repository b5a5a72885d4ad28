package org.bt4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@link CsvOptions}: the GenericCSV options, as a mixin and end to end, and one-line errors naming the option. */
class CsvOptionsTest {

    @TempDir
    Path dir;

    @Command(name = "probe")
    static final class Probe {
        @Mixin
        CsvOptions csv;
    }

    private static CsvOptions parse(String... args) {
        Probe p = new Probe();
        new CommandLine(p).parseArgs(args);
        return p.csv;
    }

    @Test
    void noOptionMeansTheHeaderChooses() {
        assertTrue(parse().dialect().isDefault());
        assertFalse(parse("--no-headers").dialect().isDefault());
        assertFalse(parse("--nullvalue", "0").dialect().isDefault());
    }

    @Test
    void aFileOfAnyDialectRunsThroughIndicator() throws Exception {
        // daily-s1's first five rows as "20150105;99.47;101.34;99.12;101.34;9368761" with no header
        Path p = dir.resolve("d.txt");
        Files.writeString(p, String.join("\n", "20150105;99.47;101.34;99.12;101.34;9368761",
            "20150106;101.20;102.44;100.64;102.28;6425580", "20150107;102.56;103.58;102.17;103.09;7051395") + "\n");
        CliRun r = CliRun.run("indicator", "--data", p.toString(), "--name", "MovingAverageSimple", "--param", "period=2",
            "--dtformat", "%Y%m%d", "--separator", ";", "--no-headers", "--no-openinterest");
        assertEquals(0, r.code(), r.err());
        assertEquals("datetime,sma\n2015-01-05T23:59:59,nan\n2015-01-06T23:59:59,101.81\n2015-01-07T23:59:59,102.685\n",
            r.out().replace("\r\n", "\n"));
    }

    @Test
    void badValuesNameTheirOption() throws Exception {
        Path p = dir.resolve("d.csv");
        Files.writeString(p, "a\n");
        String[] base = {"indicator", "--data", p.toString(), "--name", "SMA"};
        assertEquals("bt4j: --separator: expected one character, got ';;'", err(base, "--separator", ";;"));
        assertEquals("bt4j: --close-col: close column must be >= -1 (-1 = absent), got -3", err(base, "--close-col", "-3"));
        assertTrue(err(base, "--dtformat", "%Q").startsWith("bt4j: --dtformat: strptime directive '%Q'"));
        assertEquals("bt4j: --no-openinterest: cannot be combined with --openinterest-col",
            err(base, "--no-openinterest", "--openinterest-col", "6"));
    }

    private static String err(String[] base, String... more) {
        String[] a = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, a, base.length, more.length);
        CliRun r = CliRun.run(a);
        assertEquals(2, r.code(), r.err());
        return r.err().strip();
    }
}
