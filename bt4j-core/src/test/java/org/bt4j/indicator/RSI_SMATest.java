package org.bt4j.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link RSI_SMA} (Cutler's RSI): gains and losses averaged with the SMA. */
class RSI_SMATest {

    private static final double NaN = Double.NaN;

    @Test
    void byHand() {
        // 10, 11, 13, 12, 12, 15: up 1,2,0,0,3  down 0,0,1,0,0
        // bar 3: up 1 / down 1/3 -> rs 3 -> 75; bar 4: 2/3 / 1/3 -> 66.67; bar 5: 1 / 1/3 -> 75
        Runs.Result r = Hand.onCloses(x -> new RSI_SMA(x, 3), 10, 11, 13, 12, 12, 15);
        Hand.assertNames(r, "rsi");
        Hand.assertWarmup(r, 0, 4);
        Hand.assertLine(r, 0, NaN, NaN, NaN, 75, 200.0 / 3, 75);
    }

    @Test
    void matchesTheDefinition() {
        double[] x = Hand.wave(30);
        Hand.assertLine(Hand.onCloses(in -> new RSI_SMA(in, 5), x), 0, Hand.rsi(x, 5, 1, Hand::sma));
    }

    @Test
    void defaultsArePeriod14() {
        Hand.assertWarmup(Hand.onCloses(RSI_SMA::new, Hand.wave(20)), 0, 15);
    }

    @Test
    void parametersAreChecked() {
        assertEquals("period must be >= 1, got 0", Hand.rejects(f -> new RSI_SMA(f.close(), 0)));
        assertEquals("lookback must be >= 1, got 0",
            Hand.rejects(f -> new RSI_SMA(f.close(), 3, MovAv.SMA, false, 100, 50, 0)));
    }
}
