package org.bt4j.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link ParabolicSAR}: Wilder's stop-and-reverse, worked by hand through a reversal each way. */
class ParabolicSARTest {

    private static final double NaN = Double.NaN;

    /** Rows {open, high, low, close}: a rise, then a break down. */
    static final double[][] BARS = {
        {9, 10, 8, 9},
        {10, 11, 9, 10.5},
        {11, 12, 10, 11.5},
        {12, 13, 11, 12.5},
        {11, 12, 8, 8.5},
        {8, 10, 7, 7.5},
        {7, 9, 6, 6.5},
    };

    // bar 1: close up -> trend seeded "down" with ep = low(-1) 8, sar (11 + 9) / 2 = 10 <= high 11:
    //        reverses up at once: psar = ep 8, ep 11; next 8 + 0.02 * 3 = 8.06 > low(-1) 8 -> 8
    // bar 2: psar 8; new high 12 (af 0.04): 8 + 0.04 * 4 = 8.16
    // bar 3: psar 8.16; new high 13 (af 0.06): 8.16 + 0.06 * 4.84 = 8.4504
    // bar 4: low 8 <= 8.4504: reverses down, psar = ep 13, ep 8; 13 + 0.02 * -5 = 12.9 < high(-1) 13 -> 13
    // bar 5: psar 13; new low 7 (af 0.04): 13 - 0.04 * 6 = 12.76
    // bar 6: psar 12.76
    private static final double[] PSAR = {NaN, 8, 8, 8.16, 13, 13, 12.76};

    @Test
    void risingThenFallingByHand() {
        Runs.Result r = Hand.onBars(ParabolicSAR::new, BARS);
        Hand.assertNames(r, "psar");
        Hand.assertWarmup(r, 0, 2);
        Hand.assertLine(r, 0, PSAR);
    }

    @Test
    void longerPeriodOnlyHidesTheWarmUp() {
        // the machine starts on the second bar whatever the period; values show from bar period - 1
        Runs.Result r = Hand.onBars(d -> new ParabolicSAR(d, 4, 0.02, 0.20), BARS);
        Hand.assertWarmup(r, 0, 4);
        Hand.assertLine(r, 0, Hand.series(PSAR.length, i -> i < 3 ? NaN : PSAR[i]));
    }

    @Test
    void accelerationIsCappedAtAfmax() {
        // afmax 0.03: bar 2 steps 8 + 0.03 * 4 = 8.12; bar 3 8.12 + 0.03 * 4.84 = 8.2664 (reversed at bar 4);
        // bar 5 13 + 0.03 * (7 - 13) = 12.82
        Runs.Result r = Hand.onBars(d -> new ParabolicSAR(d, 2, 0.02, 0.03), BARS);
        Hand.assertLine(r, 0, NaN, 8, 8, 8.12, 13, 13, 12.82);
    }

    @Test
    void periodIsChecked() {
        assertEquals("period must be >= 1, got 0", Hand.rejects(f -> new ParabolicSAR(f, 0, 0.02, 0.2)));
    }
}
