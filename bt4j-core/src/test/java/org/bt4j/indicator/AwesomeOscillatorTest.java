package org.bt4j.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link AwesomeOscillator}: fast minus slow average of the median price {@code (high + low) / 2}. */
class AwesomeOscillatorTest {

    @Test
    void linearMedianGivesHalfTheWindowDifference() {
        // median = i + 1: SMA5 = i - 1, SMA34 = i - 15.5, ao = 14.5
        double[][] bars = Hand.flat(Hand.ramp(40));
        Runs.Result r = Hand.onBars(AwesomeOscillator::new, bars);
        Hand.assertNames(r, "ao");
        Hand.assertWarmup(r, 0, 34);
        for (int i = 33; i < 40; i++) {
            assertEquals(14.5, r.line(0)[i], "bar " + i);
        }
    }

    @Test
    void usesTheMedianNotTheClose() {
        double[][] bars = Hand.bars(20);
        double[] median = Hand.zip(Hand.column(bars, 1), Hand.column(bars, 2), (h, l) -> (h + l) / 2);
        Runs.Result r = Hand.onBars(d -> new AwesomeOscillator(d, 2, 5, MovAv.EMA), bars);
        Hand.assertWarmup(r, 0, 5);
        Hand.assertLine(r, 0, Hand.zip(Hand.ema(median, 2), Hand.ema(median, 5), (a, b) -> a - b));
    }
}
