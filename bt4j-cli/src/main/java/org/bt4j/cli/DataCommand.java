package org.bt4j.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.bt4j.BadInputException;
import org.bt4j.feed.BarCsvWriter;
import org.bt4j.feed.BarFile;
import org.bt4j.feed.BarFileWriter;
import org.bt4j.feed.DataFiles;
import org.bt4j.feed.SourceFeed;
import org.bt4j.feed.gen.BarGenerator;
import org.bt4j.time.Stopwatch;
import org.bt4j.time.TimeFrame;
import org.bt4j.util.AtomicFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bt4j data}: data-file tools. {@code bt4j data generate} writes the golden README's
 * deterministic random-walk CSV files (minute or daily mode); {@code bt4j data convert} turns a CSV
 * file into a memory-mapped bt4j bar file and back, reading a CSV file on all cores when its bars fit
 * the heap ({@link DataFiles#preloadedIfRoom}). Runs on the calling thread (and a preload's helpers).
 */
@Command(name = "data", mixinStandardHelpOptions = true, description = "Data file tools.",
        subcommands = {DataCommand.Generate.class, DataCommand.Convert.class})
public final class DataCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        new picocli.CommandLine(this).usage(System.out);
        return 0;
    }

    /** {@code bt4j data generate}: the SplitMix64 bar generator of the golden README. */
    @Command(name = "generate", mixinStandardHelpOptions = true,
            description = {"Writes a deterministic random-walk CSV (the golden README's generator recipe).",
                "Example: bt4j data generate --mode minute --seed 42 --start-price 1000.00 --start-date 2000-01-03 --bars 100000 --out bt_bench_100k_s42.csv"})
    static final class Generate implements Callable<Integer> {

        @Option(names = "--mode", required = true, description = "minute or daily")
        String mode;

        @Option(names = "--seed", required = true, description = "PRNG seed")
        long seed;

        @Option(names = "--start-price", required = true, description = "first reference price, e.g. 100.00")
        String startPrice;

        @Option(names = "--start-date", required = true, description = "first date, YYYY-MM-DD")
        String startDate;

        @Option(names = "--bars", required = true, description = "number of bars")
        int bars;

        @Option(names = "--out", required = true, description = "output file")
        Path out;

        @Override
        public Integer call() throws IOException {
            LocalDate start;
            try {
                start = LocalDate.parse(startDate);
            } catch (DateTimeParseException e) {
                throw new BadInputException("--start-date: '" + startDate + "' is not a date like 2020-03-02");
            }
            long cents;
            try {
                cents = new java.math.BigDecimal(startPrice).movePointRight(2).longValueExact();
            } catch (ArithmeticException | NumberFormatException e) {
                throw new BadInputException("--start-price: '" + startPrice + "' is not a price with at most 2 decimals");
            }
            if (cents < 100) {
                throw new BadInputException("--start-price: must be at least 1.00, got " + startPrice);
            }
            if (bars < 0) {
                throw new BadInputException("--bars: must be >= 0, got " + bars);
            }
            BarGenerator g;
            switch (mode.toLowerCase(Locale.ROOT)) {
                case "minute":
                    g = BarGenerator.minute(seed, cents, start, bars);
                    break;
                case "daily":
                    g = BarGenerator.daily(seed, cents, start, bars);
                    break;
                default:
                    throw new BadInputException("--mode: '" + mode + "' is not one of minute, daily");
            }
            AtomicFile.check("--out", out); // a missing directory is a user error, not an internal one
            AtomicFile.write(out, g::write); // complete or absent, never a partial file
            return 0;
        }
    }

    /** {@code bt4j data convert}: CSV to bt4j bar file ({@code .bt4j}) and back. */
    @Command(name = "convert", mixinStandardHelpOptions = true,
            description = {"Converts a data file: to a bt4j bar file (fast, memory-mapped) when --out ends in .bt4j, "
                + "else to CSV. The input is read by its content (bar file or CSV by header).",
                "Example: bt4j data convert --in minute.csv --timeframe Minutes --out minute.bt4j",
                "         bt4j data convert --in minute.bt4j --out minute.csv"})
    static final class Convert implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--in", required = true, description = "input file: CSV or bt4j bar file")
        Path in;

        @Option(names = "--out", required = true, description = "output file: .bt4j for a bar file, else CSV")
        Path out;

        @Option(names = "--timeframe", description = "bar size of a CSV input (default Days); checked against a bar file")
        String timeframe;

        @Option(names = "--compression", defaultValue = "1", description = "compression of the bars (default 1)")
        int compression;

        @Mixin
        CsvOptions csv = new CsvOptions();

        @Option(names = "--tz", description = "zone of the CSV's times (default: UTC for CSV input, the bar file's zone)")
        String tz;

        @Option(names = "--accept-bad-bars", description = "convert CSV rows and bar-file bars whose prices are not finite"
                + " and positive, whose high/low do not bound open and close, or whose volume is negative (refused by default)")
        boolean acceptBadBars;

        @Override
        public Integer call() {
            TimeFrame tf = timeframe == null ? null : DataOptions.timeFrame("--timeframe", timeframe);
            DataOptions.compression("--compression", compression);
            AtomicFile.check("--out", out);
            if (in.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())) {
                throw new BadInputException("--out: " + out + " is the input file; write to another file");
            }
            Stopwatch converting = Stopwatch.start();
            SourceFeed feed = DataFiles.preloadedIfRoom(() -> input(tf));
            boolean binary = out.getFileName().toString().toLowerCase(Locale.ROOT)
                .endsWith(BarFile.EXTENSION);
            int bars;
            try {
                bars = binary ? BarFileWriter.write(out, feed) : BarCsvWriter.write(out, feed);
            } catch (UncheckedIOException e) {
                throw new BadInputException("--out: cannot write " + out + ": " + e.getCause().getMessage(), e);
            }
            double seconds = converting.elapsedNanos() / 1e9;
            PrintWriter w = spec.commandLine().getOut();
            w.printf(Locale.ROOT, "%s -> %s: %d bars (%s/%d, %s) in %.2f s%n", in, out, bars,
                feed.timeFrame(), feed.compression(), feed.tz(), seconds);
            w.flush();
            return 0;
        }

        /** The input, opened with the bar size, CSV options, checks and zone asked for. */
        private SourceFeed input(TimeFrame tf) {
            SourceFeed feed = DataFiles.checkBars(DataFiles.open(in, tf, compression, csv.dialect()), !acceptBadBars);
            if (tz != null) {
                try {
                    feed.tz(ZoneId.of(tz));
                } catch (DateTimeException e) {
                    throw new BadInputException("--tz: unknown time zone '" + tz + "'");
                }
            }
            return feed;
        }
    }
}
