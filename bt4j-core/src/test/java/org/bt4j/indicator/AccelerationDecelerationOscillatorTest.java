package org.bt4j.indicator;

import org.junit.jupiter.api.Test;

/** {@link AccelerationDecelerationOscillator}: {@code ao - SMA(ao, 5)} of the Awesome Oscillator. */
class AccelerationDecelerationOscillatorTest {

    /** Bars whose high and low straddle {@code mid} by {@code 1 + i % 3}. */
    private static double[][] bars(double[] mid) {
        double[][] b = new double[mid.length][];
        for (int i = 0; i < mid.length; i++) {
            double w = 1 + i % 3;
            b[i] = new double[] {mid[i], mid[i] + w, mid[i] - w, mid[i]};
        }
        return b;
    }

    @Test
    void linearMedianPriceHasConstantAoSoNoAcceleration() {
        // median = i + 1: SMA5 - SMA34 = 14.5 on every bar, so ao - SMA(ao) = 0
        Runs.Result r = Hand.onBars(AccelerationDecelerationOscillator::new, bars(Hand.ramp(45)));
        Hand.assertNames(r, "accde");
        Hand.assertWarmup(r, 0, 34 + 5 - 1);
        Hand.assertLine(r, 0, Hand.series(45, i -> i < 37 ? Double.NaN : 0.0));
    }

    @Test
    void matchesTheDefinitionOnACurvedSeries() {
        double[] mid = Hand.series(50, i -> 100 + 0.05 * i * i - 3 * Math.sin(i));
        Runs.Result r = Hand.onBars(d -> new AccelerationDecelerationOscillator(d, 3, MovAv.EMA), bars(mid));
        double[] ao = Hand.zip(Hand.sma(mid, 5), Hand.sma(mid, 34), (a, b) -> a - b);
        Hand.assertWarmup(r, 0, 34 + 3 - 1);
        Hand.assertLine(r, 0, Hand.zip(ao, Hand.ema(ao, 3), (a, b) -> a - b));
    }
}
