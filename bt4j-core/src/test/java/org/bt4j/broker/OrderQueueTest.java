package org.bt4j.broker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.bt4j.feed.ArrayFeed;
import org.bt4j.order.Order;
import org.bt4j.testkit.DailyBars;
import org.bt4j.testkit.OrderFixtures;
import org.junit.jupiter.api.Test;

/**
 * {@link OrderQueue}: FIFO through wrap-around and growth, removal by identity anywhere, and the
 * "processed this round" boundary (backtrader's None sentinel in the pending deque).
 */
class OrderQueueTest {

    private final ArrayFeed data = DailyBars.at(DailyBars.closes(10), 1);

    private List<Order> orders(int n) {
        List<Order> l = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            l.add(OrderFixtures.market(i + 1, data, true, 1));
        }
        return l;
    }

    @Test
    void firstInFirstOutAcrossWrapAroundAndGrowth() {
        OrderQueue q = new OrderQueue();
        assertTrue(q.isEmpty());
        assertNull(q.pollFirst());
        List<Order> os = orders(40);
        for (int i = 0; i < 10; i++) {
            q.addLast(os.get(i));
        }
        for (int i = 0; i < 8; i++) {
            assertSame(os.get(i), q.pollFirst());
        }
        for (int i = 10; i < 40; i++) { // wraps the initial ring of 16, then grows twice
            q.addLast(os.get(i));
        }
        assertEquals(32, q.size());
        assertEquals(os.subList(8, 40), q.toList());
        assertSame(os.get(9), q.get(1));
        for (int i = 8; i < 40; i++) {
            assertSame(os.get(i), q.pollFirst());
        }
        assertTrue(q.isEmpty());
    }

    @Test
    void removesByIdentityAnywhere() {
        OrderQueue q = new OrderQueue();
        List<Order> os = orders(5);
        os.forEach(q::addLast);
        assertTrue(q.remove(os.get(2)));
        assertFalse(q.remove(os.get(2)));
        assertTrue(q.remove(os.get(4)));
        assertEquals(List.of(os.get(0), os.get(1), os.get(3)), q.toList());
        q.clear();
        assertTrue(q.isEmpty());
        assertEquals(List.of(), q.toList());
    }

    @Test
    void roundBoundaryCountsOnlyOrdersQueuedBeforeTheMark() {
        OrderQueue q = new OrderQueue();
        List<Order> os = orders(5);
        for (int i = 0; i < 3; i++) {
            q.addLast(os.get(i));
        }
        q.markRound();
        q.addLast(os.get(3)); // queued during the round: processed next round
        assertTrue(q.hasUnprocessed());
        q.pollFirst(); // 2 of the round left
        q.remove(os.get(2)); // a cancellation inside the round: 1 left
        q.remove(os.get(3)); // after the boundary: still 1 left
        assertTrue(q.hasUnprocessed());
        assertSame(os.get(1), q.pollFirst());
        assertFalse(q.hasUnprocessed());
        q.addLast(os.get(4));
        assertFalse(q.hasUnprocessed());
        q.markRound();
        assertTrue(q.hasUnprocessed());
    }
}
