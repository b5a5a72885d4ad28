package org.bt4j.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link BollingerBandsPct}: the bands plus {@code pctb = (x - bot) / (top - bot)}. */
class BollingerBandsPctTest {

    @Test
    void percentBOfARepeatingPattern() {
        // 1,2,3 repeating, period 3: mid 2, population stddev sqrt(2/3) on every full window
        double[] x = Hand.series(9, i -> 1 + i % 3);
        Runs.Result r = Hand.onCloses(in -> new BollingerBandsPct(in, 3, 2.0, MovAv.SMA), x);
        Hand.assertNames(r, "mid", "top", "bot", "pctb");
        Hand.assertWarmup(r, 3, 3);
        double sd = Math.sqrt(2.0 / 3.0);
        double[] pctb = Hand.series(9, i -> i < 2 ? Double.NaN : (x[i] - (2 - 2 * sd)) / (4 * sd));
        Hand.assertLine(r, 0, Hand.series(9, i -> i < 2 ? Double.NaN : 2));
        Hand.assertLine(r, 1, Hand.series(9, i -> i < 2 ? Double.NaN : 2 + 2 * sd));
        Hand.assertLine(r, 3, pctb);
    }

    @Test
    void priceOnTheMiddleBandIsOneHalf() {
        double[] x = {1, 3, 2, 4, 1, 7, 4};
        Runs.Result r = Hand.onCloses(in -> new BollingerBandsPct(in, 3, 1.5, MovAv.SMA), x);
        // bar 6: window 1,7,4 -> mean 4 = the price
        assertEquals(0.5, r.line(3)[6], 1e-12);
        // bar 3: window 3,2,4 -> mean 3, sd sqrt(2/3); price 4 sits 1/sd deviations up
        double sd = Math.sqrt(2.0 / 3.0);
        assertEquals(0.5 + 1 / (2 * 1.5 * sd), r.line(3)[3], 1e-12);
    }

    @Test
    void defaultsArePeriod20() {
        Hand.assertWarmup(Hand.onCloses(BollingerBandsPct::new, Hand.wave(25)), 3, 20);
    }
}
