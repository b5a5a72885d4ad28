package org.bt4j.indicator;

import org.junit.jupiter.api.Test;

/** {@link TrixSignal}: Trix and its EMA signal. */
class TrixSignalTest {

    @Test
    void matchesTheDefinition() {
        double[] x = Hand.wave(30);
        Runs.Result r = Hand.onCloses(in -> new TrixSignal(in, 3, 4), x);
        Hand.assertNames(r, "trix", "signal");
        Hand.assertWarmup(r, 1, 8 + 4 - 1);
        double[] trix = TrixTest.trix(x, 3);
        Hand.assertLine(r, 0, trix);
        Hand.assertLine(r, 1, Hand.ema(trix, 4));
    }

    @Test
    void defaultsAre15And9() {
        Hand.assertWarmup(Hand.onCloses(TrixSignal::new, Hand.wave(60)), 1, 52);
    }
}
