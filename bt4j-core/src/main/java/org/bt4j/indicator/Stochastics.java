package org.bt4j.indicator;

import static org.bt4j.indicator.LineOp.div;
import static org.bt4j.indicator.LineOp.mul;
import static org.bt4j.indicator.LineOp.sub;

import org.bt4j.feed.DataFeed;
import org.bt4j.line.Line;

/** The %K/%D lines shared by the stochastic family (backtrader's {@code _StochasticBase}). */
final class Stochastics {

    private Stochastics() {
    }

    /** {@code k = 100 * (close - LL) / (HH - LL)} (or DivByZero with {@code safezero}), {@code d = movav(k)}. */
    static Line[] kd(DataFeed data, int period, int periodDfast, MovingAverageType movav,
                     boolean safediv, double safezero) {
        Line hh = new Highest(data.high(), period).line(0);
        Line ll = new Lowest(data.low(), period).line(0);
        Line knum = sub(data.close(), ll);
        Line kden = sub(hh, ll);
        Line k = safediv
            ? mul(100.0, LineOp.of(LineOp.Kind.DIV_BY_ZERO, knum, kden, safezero).line())
            : mul(100.0, div(knum, kden));
        return new Line[] {k, movav.of(k, periodDfast)};
    }
}
