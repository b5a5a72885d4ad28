package org.bt4j.testkit;

/**
 * CPython's results of float floor division {@code a // b}, for checking the Java ports of it
 * (several packages keep a private copy). Each row is {a, b, a // b} as CPython 3 prints it.
 * Test use only.
 */
public final class PyFloorDivCases {

    private PyFloorDivCases() {
    }

    /** Rows {a, b, expected}; -0.0 rows check the sign of zero too. */
    public static double[][] rows() {
        double inf = Double.POSITIVE_INFINITY;
        return new double[][] {
            {7.0, 2.0, 3.0},
            {-7.0, 2.0, -4.0},
            {7.0, -2.0, -4.0},
            {-7.0, -2.0, 3.0},
            {1.0, 0.1, 9.0},      // 0.1 is slightly above 1/10, so not 10.0
            {-1.0, 0.1, -10.0},
            {2.5, 0.5, 5.0},
            {25075.0, 100.0, 250.0},
            {0.0, 5.0, 0.0},
            {-0.0, 5.0, -0.0},
            {0.0, -5.0, -0.0},
            {1.0, inf, 0.0},
            {-1.0, inf, -1.0},
            {Double.NaN, 1.0, Double.NaN},
        };
    }
}
