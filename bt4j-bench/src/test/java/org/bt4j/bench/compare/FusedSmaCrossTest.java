package org.bt4j.bench.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FusedSmaCrossTest {

    @Test
    void reproducesTheBacktraderReferenceNumbersOn100kBars() {
        SmaCrossResult r = FusedSmaCross.run(BarColumns.minute(42, 100_000, 100_000));
        assertEquals(1961, r.closedTrades());
        assertEquals(3922, r.completedOrders());
        assertEquals(0.0, r.position());
        assertEquals("10002.610000", org.bt4j.util.PyFormat.fixed(r.finalValue(), 6));
        assertEquals("10002.610000", org.bt4j.util.PyFormat.fixed(r.finalCash(), 6));
        assertTrue(r.matches(ReferenceNumbers.forBars(100_000)));
    }

    @Test
    void rejectsPricesThatDoNotFitExactFixedPointSums() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> FusedSmaCross.fixedShift(new double[] {1e-300, 1e300}, 2, 30));
        assertTrue(e.getMessage().contains("span too many"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> FusedSmaCross.fixedShift(new double[] {1, -1}, 2, 30));
    }

    @Test
    void shiftMakesEveryCloseAnExactInteger() {
        double[] closes = {1000.82, 999.99, 1173.08, 512.01};
        int shift = FusedSmaCross.fixedShift(closes, closes.length, 30);
        for (double c : closes) {
            double f = Math.scalb(c, shift);
            assertEquals(f, Math.rint(f), "close " + c);
        }
    }
}
