package org.bt4j.ib.broker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bt4j.ib.wire.Contract;
import org.bt4j.ib.wire.Execution;
import org.junit.jupiter.api.Test;

class FillMatcherTest {

    static final Contract C = Contract.of("TWTR", "STK", "SMART", "USD");

    static Execution exec(String id) {
        return new Execution(1, id, "20240105 10:00:00", "DU1", "ISLAND", "BOT", 5, 10.0, 1L, 7, 0, 5, 10.0, "", "", 0,
                "", 0, false);
    }

    @Test
    void pairsInEitherOrderOnce() {
        FillMatcher m = new FillMatcher();
        assertNull(m.onExecution(C, exec("a")));
        FillMatcher.Fill f = m.onCommission("a", 1.25, Double.MAX_VALUE);
        assertNotNull(f);
        assertEquals(1.25, f.commission());
        assertTrue(Double.isNaN(f.realizedPnl()));
        assertNull(m.onCommission("b", 2.0, 3.0));
        FillMatcher.Fill g = m.onExecution(C, exec("b"));
        assertEquals(3.0, g.realizedPnl());
        assertNull(m.onExecution(C, exec("a")), "seen again after a reconnect: ignored");
        assertNull(m.onCommission("b", 2.0, 3.0));
        assertEquals(0, m.waiting());
    }

    @Test
    void markedExecutionsAreNeverDelivered() {
        FillMatcher m = new FillMatcher();
        m.markDone("old");
        assertNull(m.onExecution(C, exec("old")));
        assertNull(m.onCommission("old", 1.0, 0.0));
        assertTrue(m.isDone("old"));
    }
}
