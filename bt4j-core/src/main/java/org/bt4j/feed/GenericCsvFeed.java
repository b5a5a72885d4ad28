package org.bt4j.feed;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Function;
import org.bt4j.time.EpochNanos;
import org.bt4j.time.StrptimeFormat;
import org.bt4j.time.TimeFrame;
import org.bt4j.time.ZoneConverter;
import java.time.LocalDateTime;

/**
 * backtrader's {@code GenericCSVData}: a CSV file whose columns are given by 0-based index (-1 for
 * a column that is absent, which then reads as {@code nullvalue}). Parameters and defaults:
 * {@code datetime} 0, {@code time} -1, {@code open} 1, {@code high} 2, {@code low} 3, {@code close}
 * 4, {@code volume} 5, {@code openinterest} 6, {@code dtformat} {@code %Y-%m-%d %H:%M:%S} (or Unix
 * seconds, integer or decimal, or a user function), {@code tmformat} {@code %H:%M:%S},
 * {@code nullvalue} NaN (used for empty fields too).
 *
 * <p>As in backtrader, when the feed's timeframe is Days or longer, a timestamp earlier than its
 * day's session end is moved to the session end, so daily bars are end-stamped. Naive times are
 * read in the feed's {@link #tz()}; Unix seconds are UTC. Engine thread only; its row parsers run on
 * any one thread each (a {@code dtformat} function only on the engine thread).
 */
public final class GenericCsvFeed extends CsvFeed {

    private static final StrptimeFormat DEFAULT_DT = StrptimeFormat.of("%Y-%m-%d %H:%M:%S");
    private static final StrptimeFormat DEFAULT_TM = StrptimeFormat.of("%H:%M:%S");

    private int datetimeCol = 0;
    private int timeCol = -1;
    private final int[] cols = {4, 3, 2, 1, 5, 6}; // in DataFeed line order: close, low, high, open, volume, oi
    private StrptimeFormat dtformat = DEFAULT_DT;
    private StrptimeFormat tmformat = DEFAULT_TM;
    private int unixSeconds; // 0: strptime, 1: integer seconds, 2: decimal seconds
    private Function<String, LocalDateTime> dtParser;
    private double nullValue = Double.NaN;
    private static final String[] WHAT = {"close", "low", "high", "open", "volume", "openinterest"};

    /** A generic CSV feed over {@code path} with backtrader's default columns. */
    public GenericCsvFeed(Path path) {
        super(path);
    }

    /** Column of the date or date-time (backtrader's {@code datetime}, default 0). */
    public GenericCsvFeed datetimeColumn(int col) {
        if (col < 0) {
            throw new IllegalArgumentException("datetime column must be >= 0, got " + col);
        }
        this.datetimeCol = col;
        return this;
    }

    /** Column of a separate time of day, or -1 (backtrader's {@code time}, default -1). */
    public GenericCsvFeed timeColumn(int col) {
        this.timeCol = check(col, "time");
        return this;
    }

    /** Column of the open, or -1 for none (default 1). */
    public GenericCsvFeed openColumn(int col) {
        cols[DataFeed.OPEN] = check(col, "open");
        return this;
    }

    /** Column of the high, or -1 for none (default 2). */
    public GenericCsvFeed highColumn(int col) {
        cols[DataFeed.HIGH] = check(col, "high");
        return this;
    }

    /** Column of the low, or -1 for none (default 3). */
    public GenericCsvFeed lowColumn(int col) {
        cols[DataFeed.LOW] = check(col, "low");
        return this;
    }

    /** Column of the close, or -1 for none (default 4). */
    public GenericCsvFeed closeColumn(int col) {
        cols[DataFeed.CLOSE] = check(col, "close");
        return this;
    }

    /** Column of the volume, or -1 for none (default 5). */
    public GenericCsvFeed volumeColumn(int col) {
        cols[DataFeed.VOLUME] = check(col, "volume");
        return this;
    }

    /** Column of the open interest, or -1 for none (default 6). */
    public GenericCsvFeed openInterestColumn(int col) {
        cols[DataFeed.OPENINTEREST] = check(col, "openinterest");
        return this;
    }

    /** strptime format of the datetime column (backtrader's {@code dtformat}). */
    public GenericCsvFeed dtformat(String format) {
        this.dtformat = StrptimeFormat.of(format);
        this.unixSeconds = 0;
        this.dtParser = null;
        return this;
    }

    /**
     * backtrader's numeric {@code dtformat}: 1 = integer Unix seconds, 2 = decimal Unix seconds
     * (both UTC).
     */
    public GenericCsvFeed dtformat(int code) {
        if (code != 1 && code != 2) {
            throw new IllegalArgumentException("numeric dtformat must be 1 (Unix seconds) or 2 (decimal Unix seconds), got "
                + code);
        }
        this.unixSeconds = code;
        this.dtParser = null;
        return this;
    }

    /** A user function turning the datetime field into a naive date-time in the feed's zone. */
    public GenericCsvFeed dtformat(Function<String, LocalDateTime> parser) {
        if (parser == null) {
            throw new IllegalArgumentException("dtformat function must not be null");
        }
        this.dtParser = parser;
        this.unixSeconds = 0;
        return this;
    }

    /** strptime format of the separate time column (backtrader's {@code tmformat}). */
    public GenericCsvFeed tmformat(String format) {
        this.tmformat = StrptimeFormat.of(format);
        return this;
    }

    /** Value used for absent columns and empty fields (backtrader's {@code nullvalue}, default NaN). */
    public GenericCsvFeed nullValue(double value) {
        this.nullValue = value;
        return this;
    }

    private static int check(int col, String what) {
        if (col < -1) {
            throw new IllegalArgumentException(what + " column must be >= -1 (-1 = absent), got " + col);
        }
        return col;
    }

    /** A user's {@code dtformat} function may not be safe to call from several threads. */
    @Override
    protected boolean parallelRows() {
        return dtParser == null;
    }

    @Override
    protected RowParser rowParser() {
        return new Parser(this);
    }

    /** This feed's rows with the feed's settings as they were when it was made; one thread. */
    private static final class Parser implements RowParser, PlainLineParser {
        private final int datetimeCol;
        private final int timeCol;
        private final int[] cols;
        private final StrptimeFormat dtformat;
        private final StrptimeFormat tmformat;
        private final int unixSeconds;
        private final Function<String, LocalDateTime> dtParser;
        private final double nullValue;
        private final boolean daily;
        private final long sessionEnd;
        private final ZoneConverter zone;
        private final boolean[] empty = new boolean[6]; // the current row's empty fields
        private final double[] values = new double[6];
        private PlainRow plain;
        /** Whether the row parsed last was a plain line (no empty fields). */
        private boolean plainLine;

        Parser(GenericCsvFeed f) {
            datetimeCol = f.datetimeCol;
            timeCol = f.timeCol;
            cols = f.cols.clone();
            dtformat = f.dtformat;
            tmformat = f.tmformat;
            unixSeconds = f.unixSeconds;
            dtParser = f.dtParser;
            nullValue = f.nullValue;
            daily = f.timeFrame().compareTo(TimeFrame.Days) >= 0;
            sessionEnd = f.sessionEnd().toNanoOfDay();
            zone = ZoneConverter.of(f.tz());
        }

        @Override
        public boolean absent(int field) {
            return cols[field] < 0 || (!plainLine && empty[field]);
        }

        @Override
        public PlainRow plainRow(byte separator) {
            if (unixSeconds != 0 || dtParser != null || timeCol >= 0) {
                return null;
            }
            int fields = datetimeCol + 1;
            for (int c : cols) {
                fields = Math.max(fields, c + 1);
            }
            int[] kinds = new int[fields];
            Arrays.fill(kinds, PlainRow.SKIP);
            kinds[datetimeCol] = PlainRow.TIME;
            for (int line = 0; line < cols.length; line++) {
                int c = cols[line];
                if (c >= 0 && kinds[c] != PlainRow.SKIP) {
                    return null; // a column read twice: the general way
                }
                if (c >= 0) {
                    kinds[c] = line;
                }
            }
            plain = PlainRow.of(separator, dtformat, kinds);
            if (plain != null) {
                for (int line = 0; line < cols.length; line++) {
                    if (cols[line] < 0) {
                        plain.values()[line] = nullValue;
                    }
                }
            }
            return plain;
        }

        @Override
        public long plainBar(long time, Bar bar) {
            double[] v = plain.values();
            plainLine = true;
            bar.set(naiveTime(time), v[DataFeed.OPEN], v[DataFeed.HIGH], v[DataFeed.LOW], v[DataFeed.CLOSE],
                v[DataFeed.VOLUME], v[DataFeed.OPENINTEREST]);
            return time;
        }

        @Override
        public long parse(Row row, Bar bar) {
            plainLine = false;
            long raw;
            long time;
            if (unixSeconds != 0) {
                long utc = row.unixSeconds(datetimeCol, unixSeconds == 2, "datetime");
                raw = utc;
                // backtrader converts Unix seconds to a naive UTC datetime; treat it as an instant
                time = daily ? endOfSession(zone.toLocal(utc), utc) : utc;
            } else {
                long local;
                if (dtParser != null) {
                    LocalDateTime t;
                    try {
                        t = dtParser.apply(row.text(datetimeCol));
                    } catch (RuntimeException e) {
                        throw row.error(datetimeCol, "bad datetime '" + row.text(datetimeCol) + "': " + e.getMessage());
                    }
                    if (t == null) {
                        throw row.error(datetimeCol, "bad datetime '" + row.text(datetimeCol) + "'");
                    }
                    local = EpochNanos.of(t);
                } else if (timeCol >= 0) {
                    local = row.dateAndTime(datetimeCol, dtformat, timeCol, tmformat);
                } else {
                    local = row.time(datetimeCol, dtformat, "datetime");
                }
                raw = local;
                time = naiveTime(local);
            }
            for (int i = 0; i < cols.length; i++) {
                int c = cols[i];
                empty[i] = c >= 0 && row.isEmpty(c);
                values[i] = c < 0 ? nullValue : row.numberOr(c, WHAT[i], nullValue);
            }
            bar.set(time, values[DataFeed.OPEN], values[DataFeed.HIGH], values[DataFeed.LOW], values[DataFeed.CLOSE],
                values[DataFeed.VOLUME], values[DataFeed.OPENINTEREST]);
            return raw;
        }

        /** The bar time of a naive date-time: in the feed's zone, and end-stamped for Days and longer. */
        private long naiveTime(long local) {
            return daily ? endOfSession(local, Long.MIN_VALUE) : zone.toUtc(local);
        }

        /** backtrader's Days rule: a stamp before its day's session end moves to the session end. */
        private long endOfSession(long local, long utcIfKept) {
            long eos = EpochNanos.day(local) * EpochNanos.DAY + sessionEnd;
            if (eos > local) {
                return zone.toUtc(eos);
            }
            return utcIfKept != Long.MIN_VALUE ? utcIfKept : zone.toUtc(local);
        }
    }
}
