package org.bt4j.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link Filters}: the fillers' "0 is falsy" price rule. */
class FiltersTest {

    @Test
    void fillPriceFallsBackToTheLastPriceOnlyForZero() {
        assertEquals(12.5, Filters.fillPrice(12.5, 99));
        assertEquals(99.0, Filters.fillPrice(0.0, 99));
        assertEquals(-1.0, Filters.fillPrice(-1.0, 99)); // non-zero is truthy in Python, negatives too
    }
}
