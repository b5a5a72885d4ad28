package org.bt4j.cli.badinput;

import static org.bt4j.cli.badinput.Cli.refused;
import static org.bt4j.cli.badinput.Cli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Broken data files given to every command that reads one ({@code backtest}, {@code indicator},
 * {@code resample}): each is refused with one line naming the file and, where the file has lines,
 * the line (bars whose prices are not finite and positive, not ordered high >= open/close >= low, or
 * whose volume is negative included; {@code --accept-bad-bars} loads those); a FIFO is refused without
 * opening it; a non-zero exit; no stack trace; nothing printed as if it were a result (resample streams
 * its rows, so the rows before the bad line are out already; its exit code says it failed).
 */
class DataFileBadInputTest {

    @TempDir
    Path dir;

    /** A broken file and the fragments its one-line refusal must contain. */
    @FunctionalInterface
    interface Maker {
        Path make(BadFiles f) throws IOException;
    }

    static Stream<Arguments> cases() {
        String[] commands = {"backtest", "indicator", "resample"};
        Object[][] files = {
            {"no bytes", (Maker) f -> f.text("empty.csv", ""), new String[] {"empty.csv", "empty"}},
            {"header only", (Maker) f -> f.csv("headeronly.csv", java.util.List.of()),
                new String[] {"headeronly.csv", "no data"}},
            {"unknown header", (Maker) f -> f.text("unknown.csv", "Time;Price\n1;2\n"),
                new String[] {"unknown.csv:1", "header"}},
            {"missing column", (Maker) f -> f.withRow("missing.csv", 10, "2015-01-19,100,101,99,100.5,1000"),
                new String[] {"missing.csv:12"}},
            {"bad number", (Maker) f -> f.withRow("badnum.csv", 5, "2015-01-12,100,abc,99,100.5,1000,0"),
                new String[] {"badnum.csv:7", "abc"}},
            {"bad date", (Maker) f -> f.withRow("baddate.csv", 3, "2015-13-45,100,101,99,100.5,1000,0"),
                new String[] {"baddate.csv:5", "2015-13-45"}},
            {"unsorted", (Maker) f -> f.swapped("unsorted.csv", 20, 21), new String[] {"unsorted.csv:23"}},
            {"duplicate time", (Maker) f -> f.duplicateTime("dup.csv", 30), new String[] {"dup.csv:32"}},
            {"binary garbage", (Maker) f -> f.garbage("garbage.bin", 42, 4096), new String[] {"garbage.bin"}},
            {"UTF-16", (Maker) BadFiles::utf16, new String[] {"utf16.csv"}},
            {"missing file", (Maker) f -> f.dir().resolve("nosuch.csv"), new String[] {"nosuch.csv"}},
            {"a directory", (Maker) f -> f.dir(), new String[] {"junit"}},
            {"NaN price", (Maker) f -> f.withRow("nan.csv", 4, "2015-01-09,100,nan,99,100.5,1000,0"),
                new String[] {"nan.csv:6: high is NaN, not a finite price", "--accept-bad-bars"}},
            {"infinite price", (Maker) f -> f.withRow("inf.csv", 4, "2015-01-09,100,101,99,inf,1000,0"),
                new String[] {"inf.csv:6: close is Infinity"}},
            {"negative price", (Maker) f -> f.withRow("neg.csv", 4, "2015-01-09,-100,101,99,100.5,1000,0"),
                new String[] {"neg.csv:6: open is -100.0, not a positive price"}},
            {"zero price", (Maker) f -> f.withRow("zero.csv", 4, "2015-01-09,100,101,0,100.5,1000,0"),
                new String[] {"zero.csv:6: low is 0.0"}},
            {"high below low", (Maker) f -> f.withRow("hilo.csv", 4, "2015-01-09,100,99,101,100,1000,0"),
                new String[] {"hilo.csv:6: high 99.0 is below the open 100.0"}},
            {"close above high", (Maker) f -> f.withRow("close.csv", 4, "2015-01-09,100,101,99,102,1000,0"),
                new String[] {"close.csv:6: high 101.0 is below the close 102.0"}},
            {"negative volume", (Maker) f -> f.withRow("vol.csv", 4, "2015-01-09,100,101,99,100.5,-1000,0"),
                new String[] {"vol.csv:6: volume is -1000.0"}},
            {"NUL byte", (Maker) f -> f.withRow("nul.csv", 4, "2015-01-09,100,101\0,99,100.5,1000,0"),
                new String[] {"nul.csv:6: column 3: bad number"}},
            {"a FIFO", (Maker) DataFileBadInputTest::fifo, new String[] {"fifo.csv: not a regular file"}},
            {"bar file with a bad bar", (Maker) DataFileBadInputTest::badBarFile,
                new String[] {"badbar.bt4j: bar 5: high 101.0 is below the close 102.0", "--accept-bad-bars"}},
        };
        Stream.Builder<Arguments> b = Stream.builder();
        for (String c : commands) {
            for (Object[] f : files) {
                b.add(Arguments.of(c, f[0], f[1], f[2]));
            }
        }
        return b.build();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void brokenDataFileIsOneLineNamingFileAndLine(String command, String what, Maker maker, String[] fragments)
            throws IOException {
        Path file = maker.make(new BadFiles(dir));
        Cli.Run r = run(args(command, file));
        if (command.equals("resample")) {
            Cli.refusedAfterStreaming(r, fragments);
        } else {
            refused(r, fragments);
        }
    }

    @ParameterizedTest(name = "{0}: the good file")
    @MethodSource("commands")
    void theGoodFileRuns(String command) throws IOException {
        Cli.Run r = run(args(command, new BadFiles(dir).good()));
        assertEquals(0, r.code(), r.label());
    }

    static Stream<String> commands() {
        return Stream.of("backtest", "indicator", "resample");
    }

    static String[] args(String command, Path file) {
        return switch (command) {
            case "backtest" -> new String[] {"backtest", "--data", file.toString(), "--strategy", "smacross",
                "--param", "fast=3", "--param", "slow=7"};
            case "indicator" -> new String[] {"indicator", "--data", file.toString(), "--name", "SMA", "--param",
                "period=5"};
            default -> new String[] {"resample", "--data", file.toString(), "--to-timeframe", "Weeks"};
        };
    }

    /** A bt4j bar file whose fifth bar has its close above its high (written from a CSV loaded with the check off). */
    static Path badBarFile(BadFiles f) throws IOException {
        Path csv = f.withRow("badbar.csv", 4, "2015-01-09,100,101,99,102,1000,0");
        Path out = f.dir().resolve("badbar.bt4j");
        org.bt4j.feed.BarFileWriter.write(out, org.bt4j.feed.DataFiles.checkBars(
                org.bt4j.feed.DataFiles.open(csv, null, 1), false));
        return out;
    }

    /** A named pipe nobody writes to: opening it for reading would wait forever. */
    static Path fifo(BadFiles f) throws IOException {
        Path p = f.dir().resolve("fifo.csv");
        try {
            if (new ProcessBuilder("mkfifo", p.toString()).start().waitFor() != 0) {
                throw new IOException("mkfifo failed");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        return p;
    }

    @ParameterizedTest(name = "{0}: --accept-bad-bars loads them (CSV rows and bar-file bars)")
    @MethodSource("commands")
    void acceptBadBarsLoadsSuchRows(String command) throws IOException {
        BadFiles f = new BadFiles(dir);
        for (Path file : new Path[] {f.withRow("close.csv", 4, "2015-01-09,100,101,99,102,1000,0"), badBarFile(f)}) {
            String[] a = args(command, file);
            String[] with = java.util.Arrays.copyOf(a, a.length + 1);
            with[a.length] = "--accept-bad-bars";
            Cli.Run r = run(with);
            assertEquals(0, r.code(), r.label());
        }
    }
}
