package org.bt4j.research;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link EquityCurve}: one value per bar cycle, in order, beyond its first capacity. */
class EquityCurveTest {

    @Test
    void keepsEveryValue() {
        EquityCurve c = new EquityCurve();
        double[] want = new double[1000];
        for (int i = 0; i < want.length; i++) {
            want[i] = 10000 + i;
            c.notifyCashValue(0, want[i]);
        }
        assertArrayEquals(want, c.values());
        assertEquals(1000, c.analysis().get("bars"));
        assertEquals(10999.0, c.analysis().get("last"));
    }
}
