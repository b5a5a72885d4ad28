package org.bt4j.util;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.bt4j.testkit.PyFloorDivCases;
import org.junit.jupiter.api.Test;

/** {@link PyMath#floorDiv}: bit-for-bit CPython float floor division, signs of zero included. */
class PyMathTest {

    @Test
    void matchesCPythonFloorDivision() {
        for (double[] r : PyFloorDivCases.rows()) {
            // assertEquals(double, double) compares like Double.equals: -0.0 != 0.0, NaN == NaN
            assertEquals(Double.valueOf(r[2]), Double.valueOf(PyMath.floorDiv(r[0], r[1])), r[0] + " // " + r[1]);
        }
    }
}
