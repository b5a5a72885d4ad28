package org.bt4j.bench.compare;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.bt4j.feed.DataFeed;
import org.bt4j.feed.gen.BarGenerator;

/**
 * One instrument's bars as primitive columns (struct of arrays): bar end times in epoch
 * nanoseconds and open, high, low, close, volume. The arrays may be longer than {@link #size()};
 * only the first {@code size} entries are bars. Either generated straight from the golden
 * README's recipe or borrowed (not copied) from a preloaded {@link DataFeed}. Immutable view; safe
 * to share between threads once built, as long as nobody writes the arrays.
 */
public final class BarColumns {

    private final int size;
    private final long[] time;
    private final double[] open;
    private final double[] high;
    private final double[] low;
    private final double[] close;
    private final double[] volume;

    private BarColumns(int size, long[] time, double[] open, double[] high, double[] low, double[] close,
                       double[] volume) {
        this.size = size;
        this.time = time;
        this.open = open;
        this.high = high;
        this.low = low;
        this.close = close;
        this.volume = volume;
    }

    /**
     * The columns of {@code bars} one-minute bars of the benchmark generator (golden README,
     * minute mode, start 2000-01-03): prices are {@code cents / 100.0}, which is the same double
     * that parsing the CSV text gives.
     */
    public static BarColumns minute(long seed, long startCents, int bars) {
        long[] t = new long[bars];
        double[] o = new double[bars];
        double[] h = new double[bars];
        double[] l = new double[bars];
        double[] c = new double[bars];
        double[] v = new double[bars];
        int[] i = {0};
        try {
            BarGenerator.minute(seed, startCents, LocalDate.of(2000, 1, 3), bars).generate(
                (time, open, high, low, close, volume) -> {
                    int k = i[0]++;
                    t[k] = time;
                    o[k] = open / 100.0;
                    h[k] = high / 100.0;
                    l[k] = low / 100.0;
                    c[k] = close / 100.0;
                    v[k] = volume;
                });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BarColumns(bars, t, o, h, l, c, v);
    }

    /** The stored bars of a preloaded feed, sharing its arrays (no copy). */
    public static BarColumns of(DataFeed preloaded) {
        if (!preloaded.isPreloaded()) {
            throw new IllegalArgumentException("feed '" + preloaded.name() + "' is not preloaded");
        }
        return new BarColumns(preloaded.size(), preloaded.datetime().array(),
            preloaded.buffer(DataFeed.OPEN).array(), preloaded.buffer(DataFeed.HIGH).array(),
            preloaded.buffer(DataFeed.LOW).array(), preloaded.buffer(DataFeed.CLOSE).array(),
            preloaded.buffer(DataFeed.VOLUME).array());
    }

    /** Number of bars. */
    public int size() {
        return size;
    }

    /** Bar end times, epoch nanoseconds. */
    public long[] time() {
        return time;
    }

    /** Opens. */
    public double[] open() {
        return open;
    }

    /** Highs. */
    public double[] high() {
        return high;
    }

    /** Lows. */
    public double[] low() {
        return low;
    }

    /** Closes. */
    public double[] close() {
        return close;
    }

    /** Volumes. */
    public double[] volume() {
        return volume;
    }
}
