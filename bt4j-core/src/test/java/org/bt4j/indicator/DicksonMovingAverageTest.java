package org.bt4j.indicator;

import org.junit.jupiter.api.Test;

/** {@link DicksonMovingAverage}: the mean of ZeroLagIndicator and HullMovingAverage. */
class DicksonMovingAverageTest {

    @Test
    void isTheMeanOfItsTwoAverages() {
        double[] x = Hand.wave(30);
        Runs.Result dma = Hand.onCloses(in -> new DicksonMovingAverage(in, 5, 20, 4), x);
        Runs.Result ec = Hand.onCloses(in -> new ZeroLagIndicator(in, 5, 20), x);
        Runs.Result hma = Hand.onCloses(in -> new HullMovingAverage(in, 4), x);
        Hand.assertNames(dma, "dma");
        // EC(5) has 5, HMA(4) has 4 + 2 - 1 = 5
        Hand.assertWarmup(dma, 0, 5);
        Hand.assertLine(dma, 0, Hand.zip(ec.line(0), hma.line(0), (a, b) -> (a + b) / 2));
    }

    @Test
    void constantInputGivesTheConstant() {
        // HMA(7) needs 7 + 2 - 1 = 8 bars, more than EC(5)
        Runs.Result r = Hand.onCloses(in -> new DicksonMovingAverage(in, 5), Hand.series(12, i -> 3.0));
        Hand.assertWarmup(r, 0, 8);
        Hand.assertLine(r, 0, Hand.series(12, i -> i < 7 ? Double.NaN : 3.0));
    }

    @Test
    void defaultsArePeriod30() {
        Hand.assertWarmup(Hand.onCloses(DicksonMovingAverage::new, Hand.wave(35)), 0, 30);
    }
}
