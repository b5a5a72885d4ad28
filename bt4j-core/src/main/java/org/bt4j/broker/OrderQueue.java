package org.bt4j.broker;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bt4j.order.Order;

/**
 * A FIFO ring of orders with a movable "processed this round" boundary, so the broker can walk
 * every pending order exactly once per bar while cancellations remove orders anywhere in the
 * queue (backtrader appends a None sentinel to a deque for the same purpose). No allocation once
 * grown. Engine thread only.
 */
final class OrderQueue {

    private Order[] ring = new Order[16];
    private int head;
    private int size;
    private int unprocessed;

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    Order get(int i) {
        return ring[(head + i) & (ring.length - 1)];
    }

    void addLast(Order o) {
        if (size == ring.length) {
            Order[] bigger = new Order[ring.length * 2];
            for (int i = 0; i < size; i++) {
                bigger[i] = get(i);
            }
            ring = bigger;
            head = 0;
        }
        ring[(head + size) & (ring.length - 1)] = o;
        size++;
    }

    Order pollFirst() {
        if (size == 0) {
            return null;
        }
        Order o = ring[head];
        ring[head] = null;
        head = (head + 1) & (ring.length - 1);
        size--;
        if (unprocessed > 0) {
            unprocessed--;
        }
        return o;
    }

    /** Marks every order now queued as still to be processed this round. */
    void markRound() {
        unprocessed = size;
    }

    /** Whether orders queued before {@link #markRound()} remain. */
    boolean hasUnprocessed() {
        return unprocessed > 0;
    }

    void removeAt(int i) {
        if (i < unprocessed) {
            unprocessed--;
        }
        for (int k = i; k < size - 1; k++) {
            ring[(head + k) & (ring.length - 1)] = get(k + 1);
        }
        ring[(head + size - 1) & (ring.length - 1)] = null;
        size--;
    }

    /** Removes {@code o} (by identity); false when absent. */
    boolean remove(Order o) {
        for (int i = 0; i < size; i++) {
            if (get(i) == o) {
                removeAt(i);
                return true;
            }
        }
        return false;
    }

    List<Order> toList() {
        List<Order> l = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            l.add(get(i));
        }
        return l;
    }

    void clear() {
        Arrays.fill(ring, null);
        head = 0;
        size = 0;
        unprocessed = 0;
    }
}
