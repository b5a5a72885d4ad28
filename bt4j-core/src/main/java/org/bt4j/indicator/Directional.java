package org.bt4j.indicator;


import org.bt4j.feed.DataFeed;
import static org.bt4j.indicator.LineOp.abs;
import static org.bt4j.indicator.LineOp.add;
import static org.bt4j.indicator.LineOp.div;
import static org.bt4j.indicator.LineOp.gt;
import static org.bt4j.indicator.LineOp.mul;
import static org.bt4j.indicator.LineOp.sub;

import org.bt4j.line.Line;

/**
 * The directional movement system shared by the DI/ADX family (backtrader's
 * {@code _DirectionalIndicator}): +DI, -DI, ADX and ADXR lines for a data feed.
 */
final class Directional {

    final Line plusDI;
    final Line minusDI;
    private final int period;
    private final MovingAverageType movav;

    Directional(DataFeed d, int period, MovingAverageType movav) {
        this.period = Params.period(period);
        this.movav = movav;
        Line atr = new AverageTrueRange(d, period, movav).line(0);
        Line upmove = sub(d.high(), Delay.of(d.high(), 1));
        Line downmove = sub(Delay.of(d.low(), 1), d.low());
        Line plusDM = Functions.If(Functions.And(gt(upmove, downmove), gt(upmove, 0.0)), upmove, 0.0);
        plusDI = div(mul(100.0, movav.of(plusDM, period)), atr);
        Line minusDM = Functions.If(Functions.And(gt(downmove, upmove), gt(downmove, 0.0)), downmove, 0.0);
        minusDI = div(mul(100.0, movav.of(minusDM, period)), atr);
    }

    Line adx() {
        Line dx = div(abs(sub(plusDI, minusDI)), add(plusDI, minusDI));
        return mul(100.0, movav.of(dx, period));
    }

    Line adxr(Line adx) {
        return div(add(adx, Delay.of(adx, period)), 2.0);
    }
}
