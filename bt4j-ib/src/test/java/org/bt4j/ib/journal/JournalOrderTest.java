package org.bt4j.ib.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class JournalOrderTest {

    private static JournalOrder order(String status, double filled) {
        return new JournalOrder(1, 1, OrderSpec.of("AAPL", "BUY", 100, "Limit", 180), 3, 7, 99, status, filled, 0);
    }

    @Test
    void workingUntilATerminalStatus() {
        for (String s : new String[] {"PendingSubmit", "PreSubmitted", "Submitted", "ApiPending"}) {
            assertTrue(order(s, 0).isWorking(), s);
        }
        for (String s : new String[] {"Cancelled", "ApiCancelled", "Inactive"}) {
            assertFalse(order(s, 0).isWorking(), s);
        }
        assertFalse(order("Filled", 100).isWorking());
        assertTrue(order("Filled", 60).isWorking(), "IB says Filled before bt4j has the last executions");
    }

    @Test
    void remainingIsWhatDeliveredFillsLeaveOpen() {
        assertEquals(60, order("Submitted", 40).remaining());
        assertEquals(0, order("Filled", 100).remaining());
    }
}
