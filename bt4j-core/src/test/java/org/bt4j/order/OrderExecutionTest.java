package org.bt4j.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link OrderExecution}: accumulation of fills as backtrader's OrderData.add does (average price
 * over fills, value/comm/pnl sums, remaining size, position after the last fill) and the pending
 * window of snapshots ({@code iterpending}).
 */
class OrderExecutionTest {

    private static ExecutionBit bit(long dt, double size, double price, double comm, double pnl, double psize) {
        // closing part carries the commission and pnl, so value = closedValue only
        return new ExecutionBit(dt, size, price, size, size * 50, comm, 0, 0, 0, pnl, psize, 50);
    }

    @Test
    void accumulatesFillsAndTheRemainder() {
        OrderExecution e = new OrderExecution(-10);
        assertFalse(e.hasDt());
        assertEquals(OrderExecution.NO_DT, e.dt());
        assertTrue(Double.isNaN(e.margin()));
        e.add(bit(7, -4, 60, 0.4, 40, 6));
        e.add(bit(9, -6, 55, 0.6, 30, 0));
        assertEquals(-10.0, e.size());
        assertEquals(57.0, e.price(), 1e-12); // (-4*60 + -6*55) / -10
        assertEquals(-500.0, e.value(), 1e-12); // closed values at the position price 50
        assertEquals(1.0, e.comm(), 1e-12);
        assertEquals(70.0, e.pnl(), 1e-12);
        assertEquals(0.0, e.remsize());
        assertEquals(0.0, e.psize());
        assertEquals(50.0, e.pprice());
        assertEquals(9L, e.dt());
        assertEquals(2, e.bits().size());
        assertThrows(UnsupportedOperationException.class, () -> e.bits().clear());
    }

    @Test
    void snapshotsShowTheFillsSinceThePreviousSnapshot() {
        OrderExecution e = new OrderExecution(3);
        ExecutionBit a = bit(1, 1, 10, 0, 0, 1);
        ExecutionBit b = bit(2, 1, 11, 0, 0, 2);
        ExecutionBit c = bit(3, 1, 12, 0, 0, 3);
        e.add(a);
        e.add(b);
        OrderExecution s1 = e.snapshot(false);
        assertEquals(List.of(a, b), s1.pending());
        OrderExecution again = e.snapshot(false);
        assertEquals(0, again.pendingCount());
        assertSame(again, e.snapshot(false)); // unchanged: the immutable copy is shared
        e.add(c);
        OrderExecution s2 = e.snapshot(false);
        assertEquals(List.of(c), s2.pending());
        assertSame(c, s2.pendingBit(0));
        assertThrows(IndexOutOfBoundsException.class, () -> s2.pendingBit(1));
        assertEquals(List.of(a, b), s1.pending()); // earlier snapshot keeps its window
        e.setMargin(2000);
        assertEquals(2000.0, e.snapshot(false).margin());
    }

    @Test
    void aFinalSnapshotSharesTheExecutionAndAChangeMakesACopy() {
        OrderExecution e = new OrderExecution(2);
        ExecutionBit a = bit(1, 1, 10, 0, 0, 1);
        ExecutionBit b = bit(2, 1, 11, 0, 0, 2);
        e.add(a);
        OrderExecution partial = e.snapshot(false);
        assertNotSame(e, partial);
        e.add(b);
        OrderExecution last = e.snapshot(true);
        assertSame(e, last, "nothing changes after a final status: no copy");
        assertEquals(List.of(b), last.pending());
        assertThrows(IllegalStateException.class, () -> e.setDt(5));
        OrderExecution again = e.snapshot(true);
        assertNotSame(last, again, "another notification has an empty range of its own");
        assertEquals(0, again.pendingCount());
        assertEquals(List.of(b), last.pending(), "the shared one keeps its range");
        assertSame(again, e.snapshot(true), "unchanged: shared");
        OrderExecution changed = e.thawed();
        assertNotSame(e, changed);
        assertSame(changed, changed.thawed());
        changed.correctCommission(0.5);
        assertEquals(0.0, last.comm(), "the shared notification keeps its number");
        assertEquals(0.5, changed.comm());
        assertEquals(List.of(b), changed.pending(), "same fills and range");
        assertEquals(List.of(a), partial.pending());
        assertEquals(0, changed.snapshot(false).pendingCount(), "no fill since the final notification");
    }
}
