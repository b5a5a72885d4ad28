package org.bt4j.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.bt4j.BadInputException;
import org.bt4j.feed.gen.BarGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bt4j data}: data-file tools. {@code bt4j data generate} writes the golden README's
 * deterministic random-walk CSV files (minute or daily mode). Runs on the calling thread.
 */
@Command(name = "data", mixinStandardHelpOptions = true, description = "Data file tools.",
        subcommands = {DataCommand.Generate.class})
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
            switch (mode.toLowerCase(java.util.Locale.ROOT)) {
                case "minute":
                    g = BarGenerator.minute(seed, cents, start, bars);
                    break;
                case "daily":
                    g = BarGenerator.daily(seed, cents, start, bars);
                    break;
                default:
                    throw new BadInputException("--mode: '" + mode + "' is not one of minute, daily");
            }
            g.write(out);
            return 0;
        }
    }
}
