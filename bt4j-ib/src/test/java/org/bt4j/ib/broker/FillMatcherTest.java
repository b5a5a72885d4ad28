package org.bt4j.ib.broker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

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
        assertNull(m.onExecution(C, exec("a"), 0));
        FillMatcher.Fill f = m.onCommission("a", 1.25, Double.MAX_VALUE);
        assertNotNull(f);
        assertEquals(1.25, f.commission());
        assertTrue(Double.isNaN(f.realizedPnl()));
        assertNull(m.onCommission("b", 2.0, 3.0));
        FillMatcher.Fill g = m.onExecution(C, exec("b"), 0);
        assertEquals(3.0, g.realizedPnl());
        assertNull(m.onExecution(C, exec("a"), 0), "seen again after a reconnect: ignored");
        assertNull(m.onCommission("b", 2.0, 3.0));
        assertEquals(0, m.waiting());
    }

    @Test
    void markedExecutionsAreNeverDelivered() {
        FillMatcher m = new FillMatcher();
        m.markDone("old");
        assertNull(m.onExecution(C, exec("old"), 0));
        assertNull(m.onCommission("old", 1.0, 0.0));
        assertTrue(m.isDone("old"));
    }

    static final long S = 1_000_000_000L;

    @Test
    void anExecutionWithoutItsReportIsHandedOutOnceWithAnEstimateAfterTheTimeout() {
        FillMatcher m = new FillMatcher();
        assertNull(m.onExecution(C, exec("a"), 10 * S));
        assertEquals(List.of(), m.overdue(15 * S - 1, (c, e) -> 0.25), "not yet: 5 s on the caller's clock");
        List<FillMatcher.Fill> due = m.overdue(15 * S, (c, e) -> e.shares() * 0.05);
        assertEquals(1, due.size());
        FillMatcher.Fill f = due.get(0);
        assertEquals(FillMatcher.Kind.ESTIMATED, f.kind());
        assertEquals(0.25, f.commission(), 1e-12, "priced by the estimator");
        assertEquals("a", f.execution().execId());
        assertTrue(Double.isNaN(f.realizedPnl()));
        assertEquals(0, m.waiting());
        assertEquals(List.of(), m.overdue(60 * S, (c, e) -> 0.25), "handed out once");
        assertNull(m.onExecution(C, exec("a"), 61 * S), "replayed after a reconnect: not again");
        assertTrue(m.isDone("a"));
        assertEquals(1, m.estimatedPending());
        FillMatcher.Fill c = m.onCommission("a", 1.0, 2.5);
        assertEquals(FillMatcher.Kind.CORRECTION, c.kind(), "the late report corrects, it is no second fill");
        assertEquals(1.0, c.commission());
        assertEquals(0.25, c.estimate());
        assertEquals(2.5, c.realizedPnl());
        assertEquals(0, m.estimatedPending());
        assertNull(m.onCommission("a", 1.0, 2.5), "the report replayed again: nothing");
    }

    @Test
    void aReportInTimeIsNoEstimateAndTheTimeoutIsAParameter() {
        FillMatcher m = new FillMatcher().timeoutNanos(S);
        assertNull(m.onExecution(C, exec("a"), 0));
        assertNull(m.onExecution(C, exec("b"), S / 2));
        assertEquals(FillMatcher.Kind.REPORTED, m.onCommission("a", 1.0, Double.MAX_VALUE).kind());
        List<FillMatcher.Fill> due = m.overdue(S, (c, e) -> 0.0);
        assertEquals(List.of(), due, "b has waited 0.5 s of 1 s");
        assertEquals("b", m.overdue(3 * S / 2, (c, e) -> 0.0).get(0).execution().execId());
        assertNull(m.onCommission("c", 1.0, 0.0));
        assertNotNull(m.onExecution(C, exec("c"), 100 * S), "report first: complete at once, never overdue");
        assertEquals(List.of(), m.overdue(200 * S, (c, e) -> 0.0));
        assertThrows(IllegalArgumentException.class, () -> m.timeoutNanos(-1));
    }

    @Test
    void theSharesOfAnOrdersExecutionsWaitingForTheirReportAreKnown() {
        FillMatcher m = new FillMatcher();
        assertEquals(0.0, m.waitingShares(1));
        m.onExecution(C, exec("a"), 0);
        m.onExecution(C, exec("b"), 0);
        m.onExecution(C, new Execution(2, "c", "20240105 10:00:00", "DU1", "ISLAND", "BOT", 7, 10.0, 2L, 7, 0, 7, 10.0,
                "", "", 0, "", 0, false), 0);
        assertEquals(10.0, m.waitingShares(1));
        m.onCommission("a", 1.0, 0.0);
        assertEquals(5.0, m.waitingShares(1), "a is a fill now");
        assertEquals(7.0, m.waitingShares(2));
    }
}
