package org.bt4j.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@link Window}'s defaults: Python's {@code max}/{@code min} over the window and {@code ago}. */
class WindowTest {

    private static Window of(double... v) {
        return new ArrayWindow().reset(v, 0, v.length);
    }

    @Test
    void maxAndMinOfPlainValues() {
        Window w = of(3, -1, 7, 7, 2);
        assertEquals(7.0, w.max());
        assertEquals(-1.0, w.min());
        assertEquals(2.0, w.ago(0));
        assertEquals(3.0, w.ago(4));
    }

    @Test
    void nanFirstStaysNanAsInPython() {
        // Python: max([nan, 1, 2]) is nan (no value compares greater); max([1, nan, 2]) is 2
        assertTrue(Double.isNaN(of(Double.NaN, 1, 2).max()));
        assertEquals(2.0, of(1, Double.NaN, 2).max());
        assertTrue(Double.isNaN(of(Double.NaN, 1, 2).min()));
        assertEquals(1.0, of(1, Double.NaN, 2).min());
    }

    @Test
    void signedZerosKeepTheFirst() {
        assertEquals(Double.doubleToLongBits(-0.0), Double.doubleToLongBits(of(-0.0, 0.0).max()));
        assertEquals(Double.doubleToLongBits(0.0), Double.doubleToLongBits(of(0.0, -0.0).min()));
    }
}
