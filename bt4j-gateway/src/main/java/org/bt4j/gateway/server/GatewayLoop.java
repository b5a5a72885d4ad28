package org.bt4j.gateway.server;

import java.util.PriorityQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import org.bt4j.time.Clock;
import org.bt4j.time.SimulatedClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one "gateway thread" and its timers. <b>Threading:</b> {@link #post} and {@link #call} from any
 * thread; {@link #schedule} and {@link #now} on the gateway thread only. It executes timers in time
 * order and tasks posted by other threads; a timer runs with {@link #now()} equal to its due time,
 * so a {@code SimulatedClock} jump replays every event at its own instant.
 */
final class GatewayLoop {

    private static final Logger LOG = LoggerFactory.getLogger(GatewayLoop.class);

    private record Timer(long due, long seq, Runnable task) {
    }

    private final Clock clock;
    private final LinkedBlockingQueue<Runnable> inbox = new LinkedBlockingQueue<>();
    private final PriorityQueue<Timer> timers = new PriorityQueue<>((a, b) ->
            a.due != b.due ? Long.compare(a.due, b.due) : Long.compare(a.seq, b.seq));
    private long seq;
    private long now;
    private volatile Thread thread;
    private volatile boolean running;

    GatewayLoop(Clock clock) {
        this.clock = clock;
        this.now = clock.nanos();
    }

    /** True on the wall clock; false on a {@code SimulatedClock}, whose time moves only when a test moves it. */
    boolean realTime() {
        return !(clock instanceof SimulatedClock);
    }

    /** Starts the gateway thread. */
    void start() {
        running = true;
        Thread t = new Thread(this::loop, "gateway");
        t.setDaemon(true);
        thread = t;
        t.start();
    }

    /** Stops the gateway thread after the tasks queued so far. */
    void stop() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        post(() -> {
            running = false;
            done.complete(null);
        });
        try {
            done.get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            running = false;
        }
    }

    /** The loop's clock. */
    Clock clock() {
        return clock;
    }

    /** Queues a task for the gateway thread (any thread); a virtual clock waits until it has run. */
    void post(Runnable task) {
        clock.hold();
        inbox.add(task);
        Thread t = thread;
        if (t != null) {
            LockSupport.unpark(t);
        }
    }

    /**
     * Runs {@code task} on the gateway thread after every task posted before it and waits for its
     * result; timers that have not fired yet are not waited for.
     */
    <T> T call(Supplier<T> task) {
        if (Thread.currentThread() == thread) {
            return task.get();
        }
        CompletableFuture<T> f = new CompletableFuture<>();
        post(() -> {
            try {
                f.complete(task.get());
            } catch (Throwable e) {
                f.completeExceptionally(e);
            }
        });
        try {
            return f.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("gateway thread did not answer: " + e, e);
        }
    }

    /** Current gateway time (gateway thread: the due time of the running timer). */
    long now() {
        return now;
    }

    /** The clock's own reading (any thread). */
    long clockNanos() {
        return clock.nanos();
    }

    /** Runs {@code task} at {@code due} (gateway thread). */
    void schedule(long due, Runnable task) {
        timers.add(new Timer(due, seq++, task));
    }

    private void loop() {
        clock.join();
        while (running) {
            try {
                long clockNow = clock.nanos();
                Timer t = timers.peek();
                if (t != null && t.due <= clockNow && clock.reached(t.due)) {
                    timers.poll();
                    now = Math.max(now, t.due);
                    t.task.run();
                    continue;
                }
                Runnable task = inbox.poll();
                if (task != null) {
                    now = Math.max(now, clockNow);
                    try {
                        task.run();
                    } finally {
                        clock.release();
                    }
                    continue;
                }
                clock.parkUntil(t == null ? Long.MAX_VALUE : t.due); // a post or a move of the clock unparks
            } catch (RuntimeException e) {
                LOG.error("gateway thread: unexpected error (continuing)", e);
            }
        }
        clock.leave();
    }
}
