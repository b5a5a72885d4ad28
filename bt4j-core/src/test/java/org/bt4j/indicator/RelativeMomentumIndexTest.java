package org.bt4j.indicator;

import org.junit.jupiter.api.Test;

/** {@link RelativeMomentumIndex}: the RSI of changes against {@code lookback} bars ago. */
class RelativeMomentumIndexTest {

    @Test
    void matchesTheDefinition() {
        double[] x = Hand.wave(30);
        Runs.Result r = Hand.onCloses(in -> new RelativeMomentumIndex(in, 4, MovAv.SMMA, false, 100, 50, 3), x);
        Hand.assertNames(r, "rsi");
        Hand.assertWarmup(r, 0, 3 + 4);
        Hand.assertLine(r, 0, Hand.rsi(x, 4, 3, Hand::smma));
    }

    @Test
    void lookbackOfOneIsThePlainRsi() {
        double[] x = Hand.wave(30);
        Runs.Result rmi = Hand.onCloses(in -> new RelativeMomentumIndex(in, 5, MovAv.SMMA, false, 100, 50, 1), x);
        Runs.Result rsi = Hand.onCloses(in -> new RelativeStrengthIndex(in, 5), x);
        Hand.assertLine(rmi, 0, rsi.line(0));
    }

    @Test
    void defaultsArePeriod20Lookback5() {
        double[] x = Hand.wave(40);
        Runs.Result r = Hand.onCloses(RelativeMomentumIndex::new, x);
        Hand.assertWarmup(r, 0, 25);
        Hand.assertLine(r, 0, Hand.rsi(x, 20, 5, Hand::smma));
    }
}
