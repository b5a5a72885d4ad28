package org.bt4j.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link DetrendedPriceOscillator}: {@code x - ma(-period // 2 + 1)} (Python floor division). */
class DetrendedPriceOscillatorTest {

    /** On the ramp 1..n the DPO is constant from its first bar; checks that constant and the warm-up. */
    private static void rampGives(int period, double dpo, int mp) {
        Runs.Result r = Hand.onCloses(x -> new DetrendedPriceOscillator(x, period, MovAv.SMA), Hand.ramp(40));
        Hand.assertNames(r, "dpo");
        Hand.assertWarmup(r, 0, mp);
        for (int i = mp - 1; i < 40; i++) {
            assertEquals(dpo, r.line(0)[i], 1e-12, "period " + period + " bar " + i);
        }
    }

    @Test
    void evenPeriodLooksBackHalfMinusOne() {
        // period 4: -4 // 2 + 1 = -1; sma4 lags the ramp by 1.5 and looks 1 back: 2.5
        rampGives(4, 2.5, 5);
    }

    @Test
    void oddPeriodFloorsTowardsMinusInfinity() {
        // period 5: -5 // 2 + 1 = -2; sma5 lags by 2, looked up 2 back: 4
        rampGives(5, 4.0, 7);
    }

    @Test
    void shortPeriodsUseTheCurrentAverage() {
        // period 2: -2 // 2 + 1 = 0; x - sma2 = 0.5
        rampGives(2, 0.5, 2);
    }

    @Test
    void defaultsArePeriod20Sma() {
        // -20 // 2 + 1 = -9: sma20 lags 9.5, 9 bars back: 18.5
        rampGives(20, 18.5, 29);
        Runs.Result r = Hand.onCloses(DetrendedPriceOscillator::new, Hand.ramp(40));
        Hand.assertWarmup(r, 0, 29);
        assertEquals(18.5, r.line(0)[39], 1e-12);
    }
}
