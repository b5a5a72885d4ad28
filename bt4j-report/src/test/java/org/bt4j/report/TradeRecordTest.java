package org.bt4j.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TradeRecordTest {

    @Test
    void closedWhenItHasACloseBar() {
        assertTrue(new TradeRecord(1, 0, 0, 5, 0, 3, 1, 10, 1, 0.9).isClosed());
        assertFalse(new TradeRecord(1, 0, 0, Long.MIN_VALUE, 0, -1, 1, 10, 0, 0).isClosed());
    }
}
