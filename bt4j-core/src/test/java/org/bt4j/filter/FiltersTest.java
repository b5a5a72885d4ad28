package org.bt4j.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.bt4j.testkit.PyFloorDivCases;
import org.junit.jupiter.api.Test;

/** {@link Filters}: CPython float floor division and the fillers' "0 is falsy" price rule. */
class FiltersTest {

    @Test
    void floorDivMatchesCPython() {
        for (double[] r : PyFloorDivCases.rows()) {
            assertEquals(Double.valueOf(r[2]), Double.valueOf(Filters.floorDiv(r[0], r[1])), r[0] + " // " + r[1]);
        }
    }

    @Test
    void fillPriceFallsBackToTheLastPriceOnlyForZero() {
        assertEquals(12.5, Filters.fillPrice(12.5, 99));
        assertEquals(99.0, Filters.fillPrice(0.0, 99));
        assertEquals(-1.0, Filters.fillPrice(-1.0, 99)); // non-zero is truthy in Python, negatives too
    }
}
