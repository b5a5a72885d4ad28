package org.bt4j.feed;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The parameters a backtrader user sets on {@code GenericCSVData} to describe a CSV file that no
 * known header identifies: {@code dtformat} (a strptime pattern, or {@code 1}/{@code 2} for integer
 * or decimal Unix seconds), {@code tmformat}, the 0-based column of each field ({@code -1} for
 * absent), {@code separator}, {@code headers}, {@code nullvalue}, and "no open interest" (the
 * {@code openinterest} column set to -1). Every field left unset keeps {@link GenericCsvFeed}'s
 * default. {@link #DEFAULT} sets nothing: the layout is then chosen by the file's header
 * ({@link CsvFeeds#open}). Immutable and thread-safe; the {@code with…} methods return copies.
 */
public final class CsvDialect {

    /** Nothing set: the file's header chooses the layout. */
    public static final CsvDialect DEFAULT = new CsvDialect(null, null, unsetColumns(), (char) 0, null, Double.NaN,
        false);

    /** Number of column indices: datetime, time, open, high, low, close, volume, openinterest. */
    private static final int COLUMNS = 8;
    private static final String[] COLUMN_NAMES = {"datetime", "time", "open", "high", "low", "close", "volume",
        "openinterest"};
    /** Marks a column index that was not set (a set one is >= -1). */
    private static final int UNSET = Integer.MIN_VALUE;

    private final String dtformat;
    private final String tmformat;
    private final int[] columns;
    private final char separator;
    private final Boolean headers;
    private final double nullValue;
    private final boolean nullValueSet;

    private CsvDialect(String dtformat, String tmformat, int[] columns, char separator, Boolean headers,
                       double nullValue, boolean nullValueSet) {
        this.dtformat = dtformat;
        this.tmformat = tmformat;
        this.columns = columns;
        this.separator = separator;
        this.headers = headers;
        this.nullValue = nullValue;
        this.nullValueSet = nullValueSet;
    }

    private static int[] unsetColumns() {
        int[] c = new int[COLUMNS];
        java.util.Arrays.fill(c, UNSET);
        return c;
    }

    /** The names of the columns {@link #withColumn} accepts, in backtrader's parameter order. */
    public static String[] columnNames() {
        return COLUMN_NAMES.clone();
    }

    /** Whether nothing is set, so the header chooses the layout. */
    public boolean isDefault() {
        if (dtformat != null || tmformat != null || separator != 0 || headers != null || nullValueSet) {
            return false;
        }
        for (int c : columns) {
            if (c != UNSET) {
                return false;
            }
        }
        return true;
    }

    /**
     * With backtrader's {@code dtformat}: a strptime pattern, or {@code "1"} (integer Unix seconds)
     * or {@code "2"} (decimal Unix seconds).
     *
     * @throws IllegalArgumentException for an empty or unknown pattern
     */
    public CsvDialect withDtformat(String format) {
        if (format == null || format.isEmpty()) {
            throw new IllegalArgumentException("dtformat must not be empty");
        }
        if (!isUnixCode(format)) {
            org.bt4j.time.StrptimeFormat.of(format);
        }
        return new CsvDialect(format, tmformat, columns, separator, headers, nullValue, nullValueSet);
    }

    /** With backtrader's {@code tmformat}, the strptime pattern of a separate time column. */
    public CsvDialect withTmformat(String format) {
        if (format == null || format.isEmpty()) {
            throw new IllegalArgumentException("tmformat must not be empty");
        }
        org.bt4j.time.StrptimeFormat.of(format);
        return new CsvDialect(dtformat, format, columns, separator, headers, nullValue, nullValueSet);
    }

    /**
     * With the 0-based column of {@code name} (one of {@link #columnNames()}); -1 marks it absent
     * (not allowed for {@code datetime}).
     */
    public CsvDialect withColumn(String name, int index) {
        int i = java.util.Arrays.asList(COLUMN_NAMES).indexOf(name.toLowerCase(Locale.ROOT));
        if (i < 0) {
            throw new IllegalArgumentException("unknown column '" + name + "'; expected one of "
                + String.join(", ", COLUMN_NAMES));
        }
        if (index < (i == 0 ? 0 : -1)) {
            throw new IllegalArgumentException(name + " column must be >= " + (i == 0 ? "0" : "-1 (-1 = absent)")
                + ", got " + index);
        }
        int[] c = columns.clone();
        c[i] = index;
        return new CsvDialect(dtformat, tmformat, c, separator, headers, nullValue, nullValueSet);
    }

    /** With no open-interest column (backtrader's {@code openinterest=-1}); it reads as the null value. */
    public CsvDialect withoutOpenInterest() {
        return withColumn("openinterest", -1);
    }

    /** With backtrader's {@code separator}: one ASCII character other than a line end. */
    public CsvDialect withSeparator(char sep) {
        if (sep == 0 || sep == '\n' || sep == '\r' || sep > 127) {
            throw new IllegalArgumentException("separator must be one ASCII character other than a line end");
        }
        return new CsvDialect(dtformat, tmformat, columns, sep, headers, nullValue, nullValueSet);
    }

    /** With backtrader's {@code headers}: whether the first line is a header to skip (default true). */
    public CsvDialect withHeaders(boolean h) {
        return new CsvDialect(dtformat, tmformat, columns, separator, h, nullValue, nullValueSet);
    }

    /** With backtrader's {@code nullvalue}, the value of absent columns and empty fields (default NaN). */
    public CsvDialect withNullValue(double v) {
        return new CsvDialect(dtformat, tmformat, columns, separator, headers, v, true);
    }

    /** A {@link GenericCsvFeed} over {@code file} with every parameter that is set. */
    GenericCsvFeed open(Path file) {
        GenericCsvFeed f = new GenericCsvFeed(file);
        if (dtformat != null) {
            if (isUnixCode(dtformat)) {
                f.dtformat(Integer.parseInt(dtformat));
            } else {
                f.dtformat(dtformat);
            }
        }
        if (tmformat != null) {
            f.tmformat(tmformat);
        }
        for (int i = 0; i < COLUMNS; i++) {
            if (columns[i] != UNSET) {
                setColumn(f, i, columns[i]);
            }
        }
        if (separator != 0) {
            f.separator(separator);
        }
        if (headers != null) {
            f.headers(headers);
        }
        if (nullValueSet) {
            f.nullValue(nullValue);
        }
        return f;
    }

    private static boolean isUnixCode(String format) {
        return "1".equals(format) || "2".equals(format);
    }

    /**
     * Sets column {@code i} (in {@link #COLUMN_NAMES} order) of {@code f}: a switch, not a table of
     * method references, whose linking cost every command's start about 2 ms (each links through
     * {@code LambdaMetafactory} when the class initialises).
     */
    private static void setColumn(GenericCsvFeed f, int i, int index) {
        switch (i) {
            case 0 -> f.datetimeColumn(index);
            case 1 -> f.timeColumn(index);
            case 2 -> f.openColumn(index);
            case 3 -> f.highColumn(index);
            case 4 -> f.lowColumn(index);
            case 5 -> f.closeColumn(index);
            case 6 -> f.volumeColumn(index);
            default -> f.openInterestColumn(index);
        }
    }
}
