package org.bt4j.indicator;

import static org.bt4j.indicator.LineOp.abs;
import static org.bt4j.indicator.LineOp.add;
import static org.bt4j.indicator.LineOp.div;
import static org.bt4j.indicator.LineOp.mul;
import static org.bt4j.indicator.LineOp.pow;
import static org.bt4j.indicator.LineOp.sub;

import org.bt4j.line.Line;

/**
 * backtrader's {@code AdaptiveMovingAverage} (aliases KAMA, MovingAverageAdaptive), Kaufman's
 * adaptive average: efficiency ratio {@code er = |(x - x(-period)) / SumN(|x - x(-1)|, period)|},
 * {@code sc = (er * (fast - slow) + slow)^2} with {@code fast = 2/(fast+1)}, {@code slow =
 * 2/(slow+1)}, then {@link ExponentialSmoothingDynamic} with alpha sc, seeded with the SMA.
 * Line {@code kama}; defaults period 30, fast 2, slow 30. Engine thread only.
 */
public final class AdaptiveMovingAverage extends CompositeIndicator {

    /** KAMA(30, 2, 30). */
    public AdaptiveMovingAverage(Line input) {
        this(input, MovingAverageSimple.DEFAULT_PERIOD);
    }

    /** KAMA over {@code period} with fast 2, slow 30. */
    public AdaptiveMovingAverage(Line input, int period) {
        this(input, period, 2, 30);
    }

    /** KAMA with explicit fast and slow periods. */
    public AdaptiveMovingAverage(Line input, int period, int fast, int slow) {
        super(new String[] {"kama"}, () -> new Line[] {build(input, period, fast, slow)});
        declareParams("period", period, "fast", fast, "slow", slow);
    }

    private static Line build(Line x, int period, int fastPeriod, int slowPeriod) {
        Params.period(period);
        Line direction = sub(x, Delay.of(x, period));
        Line volatility = new SumN(abs(sub(x, Delay.of(x, 1))), period).line(0);
        Line er = abs(div(direction, volatility));
        double fast = 2.0 / (fastPeriod + 1.0);
        double slow = 2.0 / (slowPeriod + 1.0);
        Line sc = pow(add(mul(er, fast - slow), slow), 2.0);
        return new ExponentialSmoothingDynamic(x, period, sc).line(0);
    }
}
