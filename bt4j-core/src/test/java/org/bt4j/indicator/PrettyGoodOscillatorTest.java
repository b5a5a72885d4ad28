package org.bt4j.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link PrettyGoodOscillator}: {@code (close - movav(close)) / ATR}. */
class PrettyGoodOscillatorTest {

    @Test
    void matchesTheDefinition() {
        double[][] bars = Hand.bars(20);
        double[] c = Hand.column(bars, 3);
        Runs.Result r = Hand.onBars(d -> new PrettyGoodOscillator(d, 4, MovAv.EMA), bars);
        Hand.assertNames(r, "pgo");
        // ATR(4) has 5; the average is the given one, the ATR always Wilder's
        Hand.assertWarmup(r, 0, 5);
        double[] atr = Hand.smma(Hand.trueRange(bars), 4);
        Hand.assertLine(r, 0, Hand.zip(Hand.zip(c, Hand.ema(c, 4), (a, b) -> a - b), atr, (a, b) -> a / b));
    }

    @Test
    void steadyRiseByHand() {
        // h = i + 2, l = i, c = i + 1: TR 2; sma14 lags the close by 6.5: pgo 3.25
        Runs.Result r = Hand.onBars(PrettyGoodOscillator::new, DirectionalMovementTest.rise(20));
        Hand.assertWarmup(r, 0, 15);
        assertEquals(3.25, r.line(0)[19], 1e-12);
    }
}
