package org.bt4j.indicator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.bt4j.feed.DataFeed;

/** A test feed over in-memory OHLCV arrays, or over a BacktraderCSV test resource. */
final class ArrayFeed extends DataFeed {

    private final long[] times;
    private final double[] open;
    private final double[] high;
    private final double[] low;
    private final double[] close;
    private final double[] volume;
    private int next;

    ArrayFeed(long[] times, double[] open, double[] high, double[] low, double[] close, double[] volume) {
        this.times = times;
        this.open = open;
        this.high = high;
        this.low = low;
        this.close = close;
        this.volume = volume;
    }

    /** A feed whose every price is {@code closes[i]} (high = low = open = close). */
    static ArrayFeed ofCloses(double... closes) {
        long[] t = new long[closes.length];
        for (int i = 0; i < t.length; i++) {
            t[i] = i * 86_400_000_000_000L;
        }
        return new ArrayFeed(t, closes, closes, closes, closes, new double[closes.length]);
    }

    /** Reads a BacktraderCSV resource (Date,Open,High,Low,Close,Volume,OpenInterest). */
    static ArrayFeed resource(String name) {
        List<double[]> rows = new ArrayList<>();
        List<Long> times = new ArrayList<>();
        try (InputStream in = ArrayFeed.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            r.readLine();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split(",");
                long t = LocalDate.parse(f[0]).atTime(LocalTime.of(23, 59, 59, 999_990_000))
                        .toEpochSecond(ZoneOffset.UTC) * 1_000_000_000L + 999_990_000L;
                times.add(t);
                rows.add(new double[] {Double.parseDouble(f[1]), Double.parseDouble(f[2]),
                    Double.parseDouble(f[3]), Double.parseDouble(f[4]), Double.parseDouble(f[5])});
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int n = rows.size();
        long[] t = new long[n];
        double[][] cols = new double[5][n];
        for (int i = 0; i < n; i++) {
            t[i] = times.get(i);
            for (int c = 0; c < 5; c++) {
                cols[c][i] = rows.get(i)[c];
            }
        }
        return new ArrayFeed(t, cols[0], cols[1], cols[2], cols[3], cols[4]);
    }

    /** The sample data of backtrader's own tests (255 daily bars of 2006). */
    static ArrayFeed bt2006() {
        return resource("bt-2006-day-001.txt");
    }

    int bars() {
        return times.length;
    }

    @Override
    protected boolean load() {
        if (next >= times.length) {
            return false;
        }
        forward();
        setBar(times[next], open[next], high[next], low[next], close[next], volume[next], 0.0);
        next++;
        return true;
    }
}
