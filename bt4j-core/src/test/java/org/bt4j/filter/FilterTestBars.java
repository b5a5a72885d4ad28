package org.bt4j.filter;

import java.util.ArrayList;
import java.util.List;
import org.bt4j.feed.ArrayFeed;
import org.bt4j.feed.DataFeed;
import org.bt4j.time.EpochNanos;
import org.bt4j.time.TimeFrame;

/** Test helper: small feeds and a compact text view of what a feed delivers. */
final class FilterTestBars {

    private FilterTestBars() {
    }

    /** Bars at the given naive UTC times with OHLC rows {o, h, l, c, v}. */
    static ArrayFeed feed(TimeFrame tf, long[] times, double[][] ohlcv) {
        int n = times.length;
        double[] o = new double[n], h = new double[n], l = new double[n], c = new double[n], v = new double[n];
        for (int i = 0; i < n; i++) {
            o[i] = ohlcv[i][0];
            h[i] = ohlcv[i][1];
            l[i] = ohlcv[i][2];
            c[i] = ohlcv[i][3];
            v[i] = ohlcv[i][4];
        }
        ArrayFeed f = ArrayFeed.of("t", times, o, h, l, c, v, null);
        f.timeFrame(tf, 1);
        return f;
    }

    /** "len time o h l c v" per next(), time as yyyy-mm-ddThh:mm:ss. */
    static List<String> run(DataFeed f) {
        List<String> out = new ArrayList<>();
        f.start();
        while (f.next()) {
            out.add(f.len() + " " + EpochNanos.isoSeconds(f.datetime(0)) + " " + f.open().get(0) + " " + f.high().get(0)
                + " " + f.low().get(0) + " " + f.close().get(0) + " " + f.volume().get(0));
        }
        return out;
    }

    static long t(int y, int m, int d, int hh, int mm) {
        return EpochNanos.of(y, m, d, hh, mm, 0, 0);
    }
}
