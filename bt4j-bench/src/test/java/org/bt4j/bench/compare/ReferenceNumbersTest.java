package org.bt4j.bench.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ReferenceNumbersTest {

    @Test
    void holdsBacktradersPublishedResults() {
        assertTrue(ReferenceNumbers.known(100_000));
        assertTrue(ReferenceNumbers.known(1_000_000));
        assertFalse(ReferenceNumbers.known(10_000_000));
        assertEquals(1961, ReferenceNumbers.forBars(100_000).closedTrades());
        assertEquals(10_002.61, ReferenceNumbers.forBars(100_000).finalValue());
        assertEquals(19_500, ReferenceNumbers.forBars(1_000_000).closedTrades());
        assertEquals(39_001, ReferenceNumbers.forBars(1_000_000).completedOrders());
        assertEquals(10_117.49, ReferenceNumbers.forBars(1_000_000).finalValue());
        assertThrows(IllegalArgumentException.class, () -> ReferenceNumbers.forBars(10_000_000));
    }
}
