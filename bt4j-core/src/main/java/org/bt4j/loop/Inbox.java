package org.bt4j.loop;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.LockSupport;
import org.bt4j.time.Clock;

/**
 * The engine's one multi-producer inbox and its idle strategy: any thread {@link #offer offers}
 * events, which never blocks and wakes the engine thread; the engine thread {@link #take takes}
 * them in offering order, parking on the clock until one arrives or a deadline (the next due timer)
 * passes — never a fixed poll interval.
 *
 * <p>Threading: {@link #offer} from any thread; {@link #take} and {@link #isEmpty} on the one
 * engine thread.
 */
public final class Inbox {

    private final ConcurrentLinkedQueue<Event> queue = new ConcurrentLinkedQueue<>();
    private volatile Thread taker;

    /** Queues {@code e} and unparks the engine thread if it waits. */
    public void offer(Event e) {
        queue.add(java.util.Objects.requireNonNull(e, "event"));
        Thread t = taker;
        if (t != null) {
            LockSupport.unpark(t);
        }
    }

    /**
     * The oldest event, waiting on {@code clock} until one arrives or the clock reads
     * {@code deadlineNanos}; null when the deadline passed first ({@link Long#MIN_VALUE}: do not
     * wait, {@link Long#MAX_VALUE}: no deadline).
     */
    public Event take(Clock clock, long deadlineNanos) {
        taker = Thread.currentThread();
        while (true) {
            Event e = queue.poll();
            if (e != null) {
                return e;
            }
            if (deadlineNanos != Long.MAX_VALUE && clock.reached(deadlineNanos)) {
                return null;
            }
            if (Thread.currentThread().isInterrupted()) {
                return Event.STOP;
            }
            clock.parkUntil(deadlineNanos);
        }
    }

    /** Whether nothing is queued. */
    public boolean isEmpty() {
        return queue.isEmpty();
    }
}
