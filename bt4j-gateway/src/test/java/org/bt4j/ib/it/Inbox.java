package org.bt4j.ib.it;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Collects what a client or a supervisor delivers on its own threads (or a store on its engine
 * loop, which the waiting thread then steps), for a test thread to wait on: items not taken by one {@link #await} stay for the next. Thread-safe producer side; one
 * consumer thread.
 */
final class Inbox<T> {

    static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final LinkedBlockingQueue<T> queue = new LinkedBlockingQueue<>();
    /** The engine loop whose steps deliver the items (a store's listeners), or null. */
    private final org.bt4j.loop.EngineLoop loop;

    Inbox() {
        this(null);
    }

    /** An inbox filled by listeners that {@code loop} calls: waiting steps the loop on the waiting thread. */
    Inbox(org.bt4j.loop.EngineLoop loop) {
        this.loop = loop;
    }
    private final List<T> kept = new ArrayList<>();
    /** Everything received, in order (consumer thread only). */
    final List<T> all = new ArrayList<>();

    void add(T item) {
        queue.add(item);
    }

    /** Takes the first item of {@code type} passing {@code test}, waiting up to {@link #TIMEOUT}. */
    @SuppressWarnings("unchecked")
    <U extends T> U await(Class<U> type, Predicate<U> test) throws InterruptedException {
        for (Iterator<T> it = kept.iterator(); it.hasNext(); ) {
            T m = it.next();
            if (type.isInstance(m) && test.test((U) m)) {
                it.remove();
                return (U) m;
            }
        }
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        int from = all.size();
        while (true) {
            T m;
            if (loop == null) {
                m = queue.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } else {
                while ((m = queue.poll()) == null && System.nanoTime() < deadline) {
                    LoopPump.await(loop, 1_000_000L);
                }
            }
            if (m == null) {
                throw new AssertionError("no " + type.getSimpleName() + " within " + TIMEOUT + "; received meanwhile: "
                        + all.subList(from, all.size()));
            }
            all.add(m);
            if (type.isInstance(m) && test.test((U) m)) {
                return (U) m;
            }
            kept.add(m);
        }
    }

    <U extends T> U await(Class<U> type) throws InterruptedException {
        return await(type, x -> true);
    }

    /** Moves everything already delivered into the kept list and returns how many items of {@code type} pass {@code test}. */
    @SuppressWarnings("unchecked")
    <U extends T> int count(Class<U> type, Predicate<U> test) {
        for (T m; (m = queue.poll()) != null; ) {
            all.add(m);
            kept.add(m);
        }
        int n = 0;
        for (T m : kept) {
            if (type.isInstance(m) && test.test((U) m)) {
                n++;
            }
        }
        return n;
    }

    /** Forgets every item delivered so far. */
    void clear() {
        for (T m; (m = queue.poll()) != null; ) {
            all.add(m);
        }
        kept.clear();
    }
}
