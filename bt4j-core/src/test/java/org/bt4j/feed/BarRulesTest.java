package org.bt4j.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BarRulesTest {

    /** Values on and around every edge the rules have. */
    private static final double[] EDGES = {Double.NaN, Double.NEGATIVE_INFINITY, -1, -Double.MIN_VALUE, -0.0, 0.0,
        Double.MIN_VALUE, 0.5, 1, 1 + Math.ulp(1.0), 2, Double.MAX_VALUE, Double.POSITIVE_INFINITY};

    @Test
    void plainlyValidIsTheCompleteBarThatKeepsEveryRule() {
        int valid = 0;
        for (double open : EDGES) {
            for (double high : EDGES) {
                for (double low : EDGES) {
                    for (double close : EDGES) {
                        for (double volume : new double[] {Double.NaN, -0.0, 0.0, 5, Double.MAX_VALUE,
                            Double.POSITIVE_INFINITY, -1}) {
                            boolean complete = !Double.isNaN(open) && !Double.isNaN(high) && !Double.isNaN(low)
                                && !Double.isNaN(close) && !Double.isNaN(volume);
                            boolean keeps = complete && BarRules.problem(open, high, low, close, volume) == null;
                            assertEquals(keeps, BarRules.plainlyValid(open, high, low, close, volume),
                                open + " " + high + " " + low + " " + close + " " + volume);
                            valid += keeps ? 1 : 0;
                        }
                    }
                }
            }
        }
        assertTrue(valid > 500, "the edges include many valid bars: " + valid);
    }

    @Test
    void problemsNameTheFieldAndAbsentFieldsAreNotChecked() {
        assertEquals("high 9.0 is below the open 10.0", BarRules.problem(10, 9, 0.5, 1.5, 10));
        assertEquals("low 2.0 is above the close 1.5", BarRules.problem(3, 4, 2, 1.5, 10));
        assertEquals("volume is -1.0, not a finite number >= 0", BarRules.problem(1, 2, 0.5, 1.5, -1));
        assertEquals("close is 0.0, not a positive price", BarRules.problem(1, 2, 0.5, 0, 1));
        assertNull(BarRules.problem(Double.NaN, 2, 0.5, 1.5, Double.NaN));
        assertEquals("open is NaN, not a finite price", BarRules.problemOfComplete(Double.NaN, 2, 0.5, 1.5, 1));
        assertFalse(BarRules.plainlyValid(Double.NaN, 2, 0.5, 1.5, 1));
    }
}
