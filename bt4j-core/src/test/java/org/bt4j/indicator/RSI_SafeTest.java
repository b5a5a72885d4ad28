package org.bt4j.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link RSI_Safe}: Wilder's RSI (SMMA) where no losses give safehigh and no movement safelow. */
class RSI_SafeTest {

    @Test
    void matchesTheDefinitionWhereBothAveragesMove() {
        double[] x = Hand.wave(30);
        Runs.Result r = Hand.onCloses(in -> new RSI_Safe(in, 4), x);
        Hand.assertNames(r, "rsi");
        Hand.assertWarmup(r, 0, 5);
        Hand.assertLine(r, 0, Hand.rsi(x, 4, 1, Hand::smma));
    }

    @Test
    void noLossesIs100AndNoMovementIs50() {
        Runs.Result up = Hand.onCloses(in -> new RSI_Safe(in, 3), Hand.ramp(6));
        assertEquals(100.0, up.line(0)[5]);
        Runs.Result flat = Hand.onCloses(in -> new RSI_Safe(in, 3), 5, 5, 5, 5, 5);
        assertEquals(50.0, flat.line(0)[4]);
    }

    @Test
    void safeValuesAreParameters() {
        Runs.Result up = Hand.onCloses(in -> new RSI_Safe(in, 3, MovAv.SMMA, true, 90, 40, 1), Hand.ramp(6));
        assertEquals(90.0, up.line(0)[5], 1e-12);
        Runs.Result flat = Hand.onCloses(in -> new RSI_Safe(in, 3, MovAv.SMMA, true, 90, 40, 1), 5, 5, 5, 5, 5);
        assertEquals(40.0, flat.line(0)[4], 1e-12);
    }

    @Test
    void defaultsArePeriod14() {
        Hand.assertWarmup(Hand.onCloses(RSI_Safe::new, Hand.wave(20)), 0, 15);
    }
}
