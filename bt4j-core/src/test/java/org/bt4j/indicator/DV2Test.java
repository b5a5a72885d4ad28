package org.bt4j.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link DV2}: 100 x the percent rank of the averaged close / mid-range ratio. */
class DV2Test {

    /** Bars with high 2, low 0 (mid-range 1), so the ratio is the close. */
    private static double[][] bars(double... closes) {
        double[][] b = new double[closes.length][];
        for (int i = 0; i < b.length; i++) {
            b[i] = new double[] {1, 2, 0, closes[i]};
        }
        return b;
    }

    @Test
    void rankOfTheRatioByHand() {
        // maperiod 1, period 3: share of the window strictly below the current ratio
        Runs.Result r = Hand.onBars(d -> new DV2(d, 3, 1), bars(1.0, 1.2, 0.8, 1.1, 1.3, 0.9));
        Hand.assertNames(r, "dv2");
        Hand.assertWarmup(r, 0, 3);
        Hand.assertLine(r, 0, Double.NaN, Double.NaN, 0, 100.0 / 3, 200.0 / 3, 0);
    }

    @Test
    void theRatioIsAveragedFirst() {
        // maperiod 2: averages 1.1, 1.0, 0.95, 1.2, 1.1; period 2 ranks: 0, 0, 50, 0
        Runs.Result r = Hand.onBars(d -> new DV2(d, 2, 2), bars(1.0, 1.2, 0.8, 1.1, 1.3, 0.9));
        Hand.assertWarmup(r, 0, 3);
        Hand.assertLine(r, 0, Double.NaN, Double.NaN, 0, 0, 50, 0);
    }

    @Test
    void defaultsArePeriod252AndMaperiod2() {
        Runs.Result r = Hand.onBars(DV2::new, bars(Hand.ramp(260)));
        Hand.assertWarmup(r, 0, 253);
        // a rising ratio: every earlier average is below the current one, 251 of 252
        assertEquals(100.0 * 251 / 252, r.line(0)[259], 1e-12);
    }
}
