package org.bt4j.report;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class FillMarkerTest {

    @Test
    void rejectsNegativeBarAndNonFinitePrice() {
        assertThrows(IllegalArgumentException.class, () -> new FillMarker(-1, true, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new FillMarker(0, true, Double.NaN, 1));
    }
}
