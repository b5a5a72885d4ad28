package org.bt4j.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link KnowSureThing}: weighted sum of smoothed rates of change, plus its SMA signal. */
class KnowSureThingTest {

    private static double[] roc100(double[] x, int p) {
        return Hand.zip(x, Hand.delay(x, p), (a, b) -> 100 * (a - b) / b);
    }

    @Test
    void matchesTheDefinition() {
        double[] x = Hand.wave(20);
        int[] rp = {1, 2, 3, 4};
        int[] rma = {2, 3, 2, 2};
        double[] f = {1, 2, 3, 4};
        Runs.Result r = Hand.onCloses(in -> new KnowSureThing(in, rp, rma, 2, f), x);
        Hand.assertNames(r, "kst", "signal");
        double[] kst = Hand.series(20, i -> 0);
        for (int k = 0; k < 4; k++) {
            double[] term = Hand.sma(roc100(x, rp[k]), rma[k]);
            double w = f[k];
            kst = Hand.zip(kst, term, (a, b) -> a + w * b);
        }
        // roc100(4) from bar 4, its sma(2) from bar 5; the signal one more
        Hand.assertWarmup(r, 1, 7);
        Hand.assertFirstValue(r.line(0), 5);
        Hand.assertLine(r, 0, kst);
        Hand.assertLine(r, 1, Hand.sma(kst, 2));
    }

    @Test
    void constantPriceHasNoRateOfChange() {
        Runs.Result r = Hand.onCloses(KnowSureThing::new, Hand.series(50, i -> 10));
        // defaults: roc 30 + sma 10 for kst, + 9 for the signal
        Hand.assertWarmup(r, 1, 48);
        Hand.assertFirstValue(r.line(0), 39);
        assertEquals(0.0, r.line(0)[49]);
        assertEquals(0.0, r.line(1)[49]);
    }

    @Test
    void fewerFactorsUseTheFirstRatesButAllFourCountForTheWarmUp() {
        // Python's zip stops at the one factor; backtrader's minimum period still covers every
        // sub-indicator built (ROC100(30) smoothed over 10: 40), while the kst line has values from 20
        double[] x = Hand.wave(60);
        Runs.Result r = Hand.onCloses(in -> new KnowSureThing(in, new int[] {10, 15, 20, 30},
            new int[] {10, 10, 10, 10}, 9, new double[] {2.0}), x);
        assertEquals(40, r.indicator().minPeriod());
        double[] kst = Hand.map(Hand.sma(roc100(x, 10), 10), v -> 2 * v);
        Hand.assertLine(r, 0, kst);
        Hand.assertLine(r, 1, Hand.sma(kst, 9));
    }

    @Test
    void needsFourPeriodsOfEachAndAFactor() {
        assertEquals("KST needs four rp and four rma periods", Hand.rejects(
            d -> new KnowSureThing(d.close(), new int[] {1, 2, 3}, new int[] {1, 1, 1, 1}, 2, new double[] {1, 2, 3, 4})));
        assertEquals("KST needs at least one rfactor", Hand.rejects(
            d -> new KnowSureThing(d.close(), new int[] {1, 2, 3, 4}, new int[] {1, 1, 1, 1}, 2, new double[0])));
    }
}
