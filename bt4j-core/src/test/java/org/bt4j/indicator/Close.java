package org.bt4j.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Test helper: numbers from an independent computation agree to a relative tolerance. */
final class Close {

    private Close() {
    }

    /** {@code |expected - actual| <= rel * max(|expected|, |actual|)} (or both NaN / same infinity). */
    static void assertClose(double expected, double actual, double rel, String what) {
        if (Double.isNaN(expected) || Double.isInfinite(expected)) {
            assertEquals(expected, actual, what);
            return;
        }
        double tol = rel * Math.max(Math.abs(expected), Math.abs(actual));
        if (!(Math.abs(expected - actual) <= tol)) {
            throw new AssertionError(what + ": expected " + expected + " but was " + actual + " (rel " + rel + ")");
        }
    }
}
