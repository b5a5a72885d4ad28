package org.bt4j.indicator;

import org.bt4j.feed.DataFeed;
import org.bt4j.line.Indicator;

/**
 * backtrader's {@code HeikinAshi} candles: {@code ha_close = (o + h + l + c) / 4},
 * {@code ha_open = (ha_open(-1) + ha_close(-1)) / 2} seeded with {@code (o + c) / 2} on the first
 * bar, {@code ha_high = max(h, ha_open, ha_close)}, {@code ha_low = min(l, ha_open, ha_close)}
 * (high/low from the second bar). Lines {@code ha_open, ha_high, ha_low, ha_close}. Engine thread
 * only.
 */
public final class HeikinAshi extends Indicator {

    private final DataFeed data;

    /** Heikin Ashi candles of {@code data}. */
    public HeikinAshi(DataFeed data) {
        super(new String[] {"ha_open", "ha_high", "ha_low", "ha_close"}, data, data.open(), data.high(),
            data.low(), data.close());
        this.data = data;
        addMinPeriod(2);
        out(3).setMinPeriod(1);
    }

    private static double close(double o, double h, double l, double c) {
        return (o + h + l + c) / 4.0;
    }

    @Override
    protected void prenext() {
        double o = data.open().get(0);
        double c = data.close().get(0);
        out(3).set(0, close(o, data.high().get(0), data.low().get(0), c));
        out(0).set(0, (o + c) / 2.0);
    }

    @Override
    protected void next() {
        double h = data.high().get(0);
        double l = data.low().get(0);
        double haClose = close(data.open().get(0), h, l, data.close().get(0));
        double haOpen = (out(0).get(-1) + out(3).get(-1)) / 2.0;
        out(0).set(0, haOpen);
        out(1).set(0, max3(h, haOpen, haClose));
        out(2).set(0, min3(l, haOpen, haClose));
        out(3).set(0, haClose);
    }

    static double max3(double a, double b, double c) {
        double m = b > a ? b : a;
        return c > m ? c : m;
    }

    static double min3(double a, double b, double c) {
        double m = b < a ? b : a;
        return c < m ? c : m;
    }

    @Override
    protected void preOnce(int start, int end) {
        double[] o = data.buffer(DataFeed.OPEN).array();
        double[] h = data.buffer(DataFeed.HIGH).array();
        double[] l = data.buffer(DataFeed.LOW).array();
        double[] c = data.buffer(DataFeed.CLOSE).array();
        for (int i = start; i < end; i++) {
            out(3).array()[i] = close(o[i], h[i], l[i], c[i]);
            out(0).array()[i] = (o[i] + c[i]) / 2.0;
        }
    }

    @Override
    protected void once(int start, int end) {
        double[] o = data.buffer(DataFeed.OPEN).array();
        double[] h = data.buffer(DataFeed.HIGH).array();
        double[] l = data.buffer(DataFeed.LOW).array();
        double[] c = data.buffer(DataFeed.CLOSE).array();
        double[] hao = out(0).array();
        double[] hah = out(1).array();
        double[] hal = out(2).array();
        double[] hac = out(3).array();
        for (int i = start; i < end; i++) {
            double haClose = close(o[i], h[i], l[i], c[i]);
            double haOpen = (hao[i - 1] + hac[i - 1]) / 2.0;
            hao[i] = haOpen;
            hah[i] = max3(h[i], haOpen, haClose);
            hal[i] = min3(l[i], haOpen, haClose);
            hac[i] = haClose;
        }
    }
}
