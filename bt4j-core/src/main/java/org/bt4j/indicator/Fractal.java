package org.bt4j.indicator;

import org.bt4j.feed.DataFeed;
import org.bt4j.line.Indicator;

/**
 * backtrader's {@code Fractal} study (bt.studies.contrib): when the highest high of the last
 * {@code period} bars sits {@code shift_to_potential_fractal} bars into the window, the bar two
 * bars back gets {@code fractal_bearish = high * (1 + bardist)}; likewise lows give
 * {@code fractal_bullish = low * (1 - bardist)}. Values are written into the past, as backtrader
 * does (declared as a look-back of 3 on the outputs, so bounded buffers keep them); recomputing
 * the current bar (replay) first takes back what its previous computation wrote. Lines
 * {@code fractal_bearish, fractal_bullish}; defaults period 5, bardist 0.015,
 * shift_to_potential_fractal 2. Engine thread only.
 */
public final class Fractal extends Indicator {

    private final DataFeed data;
    private final int period;
    private final double bardist;
    private final int shift;
    private final BarState pastSlots = new BarState(2);

    /** Fractal(5, 0.015, 2). */
    public Fractal(DataFeed data) {
        this(data, 5, 0.015, 2);
    }

    /** With every parameter. */
    public Fractal(DataFeed data, int period, double bardist, int shift) {
        super(new String[] {"fractal_bearish", "fractal_bullish"}, data, data.high(), data.low());
        this.data = data;
        this.period = Params.atLeast("period", period, 3);
        this.bardist = bardist;
        this.shift = shift;
        addMinPeriod(period);
        // values are written two bars into the past: bounded buffers must keep them
        out(0).requireLookback(3);
        out(1).requireLookback(3);
    }

    @Override
    protected void next() {
        // the two-bars-back slots as this bar found them, put back if the bar is computed again
        double[] past = pastSlots.values();
        past[0] = out(0).get(-2);
        past[1] = out(1).get(-2);
        pastSlots.enter(len());
        out(0).set(-2, past[0]);
        out(1).set(-2, past[1]);
        int maxIdx = 0;
        int minIdx = 0;
        double maxVal = data.high().get(1 - period);
        double minVal = data.low().get(1 - period);
        for (int j = 1; j < period; j++) {
            double h = data.high().get(j + 1 - period);
            double l = data.low().get(j + 1 - period);
            if (h > maxVal) {
                maxVal = h;
                maxIdx = j;
            }
            if (l < minVal) {
                minVal = l;
                minIdx = j;
            }
        }
        if (maxIdx == shift) {
            out(0).set(-2, maxVal * (1 + bardist));
        }
        if (minIdx == shift) {
            out(1).set(-2, minVal * (1 - bardist));
        }
    }

    @Override
    protected void once(int start, int end) {
        for (int i = start; i < end; i++) {
            data.seek(i);
            out(0).seek(i);
            out(1).seek(i);
            next();
        }
    }
}
