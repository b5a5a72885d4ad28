package org.bt4j.feed.gen;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.bt4j.feed.ArrayFeed;
import org.bt4j.feed.CsvFeeds;
import org.bt4j.time.EpochNanos;

/**
 * The deterministic random-walk bar generator of the golden README ("generator recipe"): a
 * SplitMix64 PRNG ({@link SplittableRandom}) making five draws per bar, integer-cent prices, and
 * either one-minute bars (390 per weekday from 09:30) or daily bars (weekdays), no holidays.
 * Reproduces {@code daily-s1.csv}, {@code minute-s2.csv} and the benchmark files byte for byte.
 * Immutable; each {@code generate}/{@code write} call starts the PRNG afresh, so instances are
 * thread-safe.
 */
public final class BarGenerator {

    /** Bar spacing. Immutable. */
    public enum Mode {
        /** One-minute bars, 09:30 … 15:59 on weekdays, GenericCSV layout. */
        MINUTE,
        /** One bar per weekday, BacktraderCSV layout. */
        DAILY
    }

    /**
     * Receives generated bars; prices in cents, time as a naive epoch-nanosecond value. Called on
     * the generating thread, in bar order.
     */
    @FunctionalInterface
    public interface Sink {
        /** One bar. */
        void bar(long time, long open, long high, long low, long close, long volume) throws IOException;
    }

    private static final int MINUTES_PER_SESSION = 390;

    private final Mode mode;
    private final long seed;
    private final long startCents;
    private final LocalDate startDate;
    private final int bars;

    private BarGenerator(Mode mode, long seed, long startCents, LocalDate startDate, int bars) {
        if (startCents < 100) {
            throw new IllegalArgumentException("start price must be >= 100 cents, got " + startCents);
        }
        if (bars < 0) {
            throw new IllegalArgumentException("bars must be >= 0, got " + bars);
        }
        if (startDate == null) {
            throw new IllegalArgumentException("start date must not be null");
        }
        this.mode = mode;
        this.seed = seed;
        this.startCents = startCents;
        this.startDate = startDate;
        this.bars = bars;
    }

    /** A generator of {@code bars} one-minute bars. */
    public static BarGenerator minute(long seed, long startCents, LocalDate startDate, int bars) {
        return new BarGenerator(Mode.MINUTE, seed, startCents, startDate, bars);
    }

    /** A generator of {@code bars} daily bars. */
    public static BarGenerator daily(long seed, long startCents, LocalDate startDate, int bars) {
        return new BarGenerator(Mode.DAILY, seed, startCents, startDate, bars);
    }

    /** The mode. */
    public Mode mode() {
        return mode;
    }

    /** Feeds every bar to {@code sink}, in time order. */
    public void generate(Sink sink) throws IOException {
        SplittableRandom rng = new SplittableRandom(seed);
        long prev = startCents;
        long day = firstWeekday(startDate.toEpochDay());
        int minute = 0;
        for (int i = 0; i < bars; i++) {
            long open;
            long close;
            long high;
            long low;
            long vol;
            long time;
            if (mode == Mode.MINUTE) {
                open = Math.max(prev + randint(rng, -3, 3), 100);
                close = Math.max(open + randint(rng, -20, 20), 100);
                high = Math.max(open, close) + randint(rng, 0, 10);
                low = Math.min(open, close) - randint(rng, 0, 10);
                vol = randint(rng, 100, 10099);
                time = day * EpochNanos.DAY + 9 * EpochNanos.HOUR + (30 + minute) * EpochNanos.MINUTE;
                if (++minute == MINUTES_PER_SESSION) {
                    minute = 0;
                    day = firstWeekday(day + 1);
                }
            } else {
                long g = Math.max(1, prev / 100);
                open = Math.max(prev + randint(rng, -g, g), 100);
                long s = Math.max(1, open / 50);
                close = Math.max(open + randint(rng, -s, s), 100);
                long top = Math.max(open, close);
                high = top + randint(rng, 0, Math.max(1, top / 100));
                long bot = Math.min(open, close);
                low = bot - randint(rng, 0, Math.max(1, bot / 100));
                vol = randint(rng, 100_000, 9_999_999);
                time = day * EpochNanos.DAY;
                day = firstWeekday(day + 1);
            }
            sink.bar(time, open, high, low, close, vol);
            prev = close;
        }
    }

    /** Writes the CSV file (header first, {@code \n} line ends) to {@code out}. */
    public void write(OutputStream out) throws IOException {
        OutputStream o = out instanceof BufferedOutputStream ? out : new BufferedOutputStream(out, 1 << 16);
        byte[] line = new byte[128];
        String header = mode == Mode.MINUTE ? CsvFeeds.GENERIC_HEADER : CsvFeeds.BACKTRADER_HEADER;
        o.write((header + "\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        generate((time, open, high, low, close, volume) -> {
            int n = writeTime(line, 0, time);
            line[n++] = ',';
            n = writeCents(line, n, open);
            line[n++] = ',';
            n = writeCents(line, n, high);
            line[n++] = ',';
            n = writeCents(line, n, low);
            line[n++] = ',';
            n = writeCents(line, n, close);
            line[n++] = ',';
            n = writeLong(line, n, volume);
            line[n++] = ',';
            line[n++] = '0';
            line[n++] = '\n';
            o.write(line, 0, n);
        });
        o.flush();
    }

    /** Writes the CSV file to {@code file}, replacing it. */
    public void write(Path file) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            write(out);
        }
    }

    /**
     * The bars as an in-memory feed, stamped as reading the CSV would stamp them: minute bars at
     * their time (UTC), daily bars at the 23:59:59.999990 session end.
     */
    public ArrayFeed toFeed(String name) throws IOException {
        long[] t = new long[bars];
        double[] o = new double[bars];
        double[] h = new double[bars];
        double[] l = new double[bars];
        double[] c = new double[bars];
        double[] v = new double[bars];
        long eod = mode == Mode.DAILY ? EpochNanos.DEFAULT_SESSION_END.toNanoOfDay() : 0;
        int[] i = {0};
        generate((time, open, high, low, close, volume) -> {
            int k = i[0]++;
            t[k] = time + eod;
            // the same double the CSV text "%d.%02d" reads back as
            o[k] = cents(open);
            h[k] = cents(high);
            l[k] = cents(low);
            c[k] = cents(close);
            v[k] = volume;
        });
        return ArrayFeed.of(name, t, o, h, l, c, v, null);
    }

    /** The double that the text of {@code cents / 100} with two decimals parses to. */
    static double cents(long cents) {
        return cents / 100.0;
    }

    private static long randint(SplittableRandom rng, long lo, long hi) {
        return lo + Long.remainderUnsigned(rng.nextLong(), hi - lo + 1);
    }

    private static long firstWeekday(long epochDay) {
        long d = epochDay;
        while (EpochNanos.dayOfWeek(d) > 5) {
            d++;
        }
        return d;
    }

    private int writeTime(byte[] b, int n, long time) {
        long c = EpochNanos.civil(EpochNanos.day(time));
        n = digits(b, n, c / 10000, 4);
        b[n++] = '-';
        n = digits(b, n, c / 100 % 100, 2);
        b[n++] = '-';
        n = digits(b, n, c % 100, 2);
        if (mode == Mode.MINUTE) {
            long s = EpochNanos.timeOfDay(time) / EpochNanos.SECOND;
            b[n++] = ' ';
            n = digits(b, n, s / 3600, 2);
            b[n++] = ':';
            n = digits(b, n, s / 60 % 60, 2);
            b[n++] = ':';
            n = digits(b, n, s % 60, 2);
        }
        return n;
    }

    private static int writeCents(byte[] b, int n, long cents) {
        n = writeLong(b, n, cents / 100);
        b[n++] = '.';
        return digits(b, n, cents % 100, 2);
    }

    private static int writeLong(byte[] b, int n, long v) {
        if (v == 0) {
            b[n++] = '0';
            return n;
        }
        int len = 0;
        for (long x = v; x > 0; x /= 10) {
            len++;
        }
        return digits(b, n, v, len);
    }

    private static int digits(byte[] b, int n, long v, int width) {
        for (int i = width - 1; i >= 0; i--) {
            b[n + i] = (byte) ('0' + v % 10);
            v /= 10;
        }
        return n + width;
    }
}
