package org.bt4j.indicator;

import static org.bt4j.indicator.LineOp.add;
import static org.bt4j.indicator.LineOp.div;
import static org.bt4j.indicator.LineOp.sub;

import org.bt4j.line.Line;

/**
 * The RSI computation shared by the RSI family: {@code rs = movav(UpDay) / movav(DownDay)} (or
 * backtrader's safe division), {@code rsi = 100 - 100 / (1 + rs)}. Engine thread only.
 */
abstract class RsiBase extends CompositeIndicator {

    RsiBase(Line data, int period, MovingAverageType movav, boolean safediv, double safehigh,
            double safelow, int lookback) {
        super(new String[] {"rsi"}, () -> new Line[] {build(data, period, movav, safediv, safehigh, safelow, lookback)});
        // upperband/lowerband only draw lines on a chart: backtrader's defaults
        declareParams("period", period, "movav", MovAv.className(movav), "upperband", 70.0, "lowerband", 30.0,
                "safediv", safediv, "safehigh", safehigh, "safelow", safelow, "lookback", lookback);
    }

    private static Line build(Line data, int period, MovingAverageType movav, boolean safediv,
                              double safehigh, double safelow, int lookback) {
        Params.period(period);
        Params.period("lookback", lookback);
        Line maup = movav.of(new UpDay(data, lookback).line(0), period);
        Line madown = movav.of(new DownDay(data, lookback).line(0), period);
        Line rs = safediv
            ? LineOp.of(LineOp.Kind.DIV_ZERO_BY_ZERO, maup, madown, rsFor(safehigh), rsFor(safelow)).line()
            : div(maup, madown);
        return sub(100.0, div(100.0, add(1.0, rs)));
    }

    /** The rs that yields {@code rsi} (infinite for 100, where Python divides by zero). */
    private static double rsFor(double rsi) {
        double d = rsi - 100.0;
        return d == 0.0 ? Double.POSITIVE_INFINITY : (-100.0 / d) - 1.0;
    }
}
