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
        assertFalse(order(JournalOrder.NOT_SENT, 0).isWorking(), "TWS never received it");
        assertFalse(order(JournalOrder.GONE, 0).isWorking(), "TWS no longer has it");
        assertTrue(new JournalOrder(1, 1, OrderSpec.of("AAPL", "BUY", 100, "Limit", 180), 3, 7, 99, JournalOrder.GONE,
                2, 5, "Canceled", 0).isWorking(), "until the shares waiting for their reports when it was ended arrive");
    }

    @Test
    void anOrderIbEndedIsWorkingUntilTheSharesIbCountedAtItsEndHaveArrived() {
        OrderSpec spec = OrderSpec.of("AAPL", "BUY", 100, "Limit", 180);
        assertTrue(new JournalOrder(1, 1, spec, 3, 7, 99, "Cancelled", 40, 70, "Canceled", 0).isWorking());
        assertFalse(new JournalOrder(1, 1, spec, 3, 7, 99, "Cancelled", 70, 70, "Canceled", 0).isWorking());
        assertTrue(new JournalOrder(1, 1, spec, 3, 7, 99, "Inactive", 0, 10, "Margin", 0).isWorking());
        assertEquals(100, order("Filled", 60).owed(), "Filled owes the whole size");
    }

    @Test
    void remainingIsWhatDeliveredFillsLeaveOpen() {
        assertEquals(60, order("Submitted", 40).remaining());
        assertEquals(0, order("Filled", 100).remaining());
    }
}
