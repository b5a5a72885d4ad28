package org.bt4j.cli;

import java.util.function.UnaryOperator;
import org.bt4j.BadInputException;
import org.bt4j.feed.CsvDialect;
import picocli.CommandLine.Option;

/**
 * backtrader's {@code GenericCSVData} parameters on the command line ({@code --dtformat},
 * {@code --tmformat}, {@code --datetime-col} … {@code --openinterest-col}, {@code --separator},
 * {@code --no-openinterest}, {@code --nullvalue}, {@code --no-headers}), shared as a picocli mixin.
 * With none given, a CSV file's layout is chosen by its header; with any, the file is read as
 * GenericCSV with backtrader's defaults for the rest. Bad values become one-line
 * {@link BadInputException}s naming the option. Filled by picocli and read on the command's thread;
 * not thread-safe.
 */
final class CsvOptions {

    @Option(names = "--dtformat", paramLabel = "FMT",
            description = "GenericCSV: strptime pattern of the datetime column, or 1 / 2 for integer / decimal Unix"
                + " seconds (default %%Y-%%m-%%d %%H:%%M:%%S)")
    String dtformat;

    @Option(names = "--tmformat", paramLabel = "FMT",
            description = "GenericCSV: strptime pattern of a separate time column (default %%H:%%M:%%S)")
    String tmformat;

    @Option(names = "--datetime-col", paramLabel = "N", description = "GenericCSV: 0-based column of the date or date-time (default 0)")
    Integer datetimeCol;

    @Option(names = "--time-col", paramLabel = "N", description = "GenericCSV: column of a separate time of day (default -1: none)")
    Integer timeCol;

    @Option(names = "--open-col", paramLabel = "N", description = "GenericCSV: column of the open, -1 for none (default 1)")
    Integer openCol;

    @Option(names = "--high-col", paramLabel = "N", description = "GenericCSV: column of the high (default 2)")
    Integer highCol;

    @Option(names = "--low-col", paramLabel = "N", description = "GenericCSV: column of the low (default 3)")
    Integer lowCol;

    @Option(names = "--close-col", paramLabel = "N", description = "GenericCSV: column of the close (default 4)")
    Integer closeCol;

    @Option(names = "--volume-col", paramLabel = "N", description = "GenericCSV: column of the volume (default 5)")
    Integer volumeCol;

    @Option(names = "--openinterest-col", paramLabel = "N", description = "GenericCSV: column of the open interest (default 6)")
    Integer openInterestCol;

    @Option(names = "--no-openinterest", description = "GenericCSV: the file has no open-interest column")
    boolean noOpenInterest;

    @Option(names = "--separator", paramLabel = "C", description = "GenericCSV: field separator, one character (default ,)")
    String separator;

    @Option(names = "--nullvalue", paramLabel = "X", description = "GenericCSV: value of empty fields and absent columns (default nan)")
    Double nullValue;

    @Option(names = "--no-headers", description = "GenericCSV: the first line is data, not a header")
    boolean noHeaders;

    /** The dialect given, checked; {@link CsvDialect#DEFAULT} when no option was given. */
    CsvDialect dialect() {
        CsvDialect d = CsvDialect.DEFAULT;
        if (dtformat != null) {
            d = apply("--dtformat", d, x -> x.withDtformat(dtformat));
        }
        if (tmformat != null) {
            d = apply("--tmformat", d, x -> x.withTmformat(tmformat));
        }
        Integer[] cols = {datetimeCol, timeCol, openCol, highCol, lowCol, closeCol, volumeCol, openInterestCol};
        String[] names = CsvDialect.columnNames();
        for (int i = 0; i < cols.length; i++) {
            if (cols[i] != null) {
                int index = cols[i];
                String name = names[i];
                d = apply("--" + name + "-col", d, x -> x.withColumn(name, index));
            }
        }
        if (noOpenInterest) {
            if (openInterestCol != null) {
                throw new BadInputException("--no-openinterest: cannot be combined with --openinterest-col");
            }
            d = d.withoutOpenInterest();
        }
        if (separator != null) {
            if (separator.length() != 1) {
                throw new BadInputException("--separator: expected one character, got '" + separator + "'");
            }
            d = apply("--separator", d, x -> x.withSeparator(separator.charAt(0)));
        }
        if (nullValue != null) {
            d = d.withNullValue(nullValue);
        }
        if (noHeaders) {
            d = d.withHeaders(false);
        }
        return d;
    }

    /** {@code step} applied to {@code d}; a refused value becomes one line naming {@code option}. */
    private static CsvDialect apply(String option, CsvDialect d, UnaryOperator<CsvDialect> step) {
        try {
            return step.apply(d);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(option + ": " + e.getMessage());
        }
    }
}
