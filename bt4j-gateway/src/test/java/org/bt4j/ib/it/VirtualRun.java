package org.bt4j.ib.it;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import org.bt4j.loop.EngineLoop;
import org.bt4j.time.VirtualClock;

/**
 * Drives the engine loops of one or more stores from the test thread on a {@link VirtualClock}
 * shared with an in-process gateway, the way {@code Cerebro}'s live loop does: it takes every
 * event as it is offered, then lets the test look ({@code afterEvents}: a feed's new bars, a
 * broker's notifications), then waits on the clock until the next due time. The clock moves only
 * while this thread waits there and nothing is in flight (no frame on a socket, no event in an
 * inbox), so virtual time passes only between complete reactions, and a run is the same every
 * time whatever the machine's load. Nothing waits for real time; a run that makes no progress for
 * {@link #STUCK_SECONDS} of real time fails, naming what the clock waits for. Test thread only.
 */
public final class VirtualRun {

    /** Real seconds without a move of the clock after which a run is taken as stuck. */
    public static final long STUCK_SECONDS = 60;

    private final VirtualClock clock;
    private final List<EngineLoop> loops = new ArrayList<>();

    /** A driver of loops on {@code clock}. */
    public VirtualRun(VirtualClock clock) {
        this.clock = clock;
    }

    /** The clock. */
    public VirtualClock clock() {
        return clock;
    }

    /** Drives {@code loop} too (a store's) from now on. */
    public void add(EngineLoop loop) {
        if (!loops.contains(loop)) {
            loops.add(loop);
        }
    }

    /**
     * Stops driving {@code loop} once it has taken what waits in it (a stopped store's last events:
     * counted work that would otherwise hold the clock).
     */
    public void remove(EngineLoop loop) {
        while (!loop.idle()) {
            loop.step(Long.MIN_VALUE);
        }
        loops.remove(loop);
    }

    /**
     * Runs until the clock reads {@code endNanos}: takes the loops' events, runs
     * {@code afterEvents} after every batch, and waits on the clock until the earliest of
     * {@code endNanos} and {@code due} (e.g. a feed's next bar close; {@link Long#MAX_VALUE}: none).
     */
    public void until(long endNanos, LongSupplier due, Runnable afterEvents) {
        run(() -> false, endNanos, due, afterEvents);
    }

    /**
     * Runs as {@link #until} until {@code done} holds (checked after every batch) or the clock reads
     * {@code endNanos}; returns whether {@code done} held.
     */
    public boolean until(BooleanSupplier done, long endNanos, LongSupplier due, Runnable afterEvents) {
        return run(done, endNanos, due, afterEvents);
    }

    private boolean run(BooleanSupplier done, long endNanos, LongSupplier due, Runnable afterEvents) {
        Thread me = Thread.currentThread();
        clock.join();
        long lastNanos = clock.nanos();
        long lastMove = System.nanoTime();
        long lookedAt = Long.MIN_VALUE;
        Thread watchdog = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                LockSupport.parkNanos(1_000_000_000L); // once a second: lets the run look at real time
                LockSupport.unpark(me);
            }
        }, "virtual-run-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        try {
            while (true) {
                takeEvents();
                afterEvents.run();
                if (done.getAsBoolean()) {
                    return true;
                }
                if (clock.reached(endNanos)) {
                    readClock();
                    afterEvents.run();
                    return done.getAsBoolean();
                }
                if (clock.nanos() != lastNanos) {
                    lastNanos = clock.nanos();
                    lastMove = System.nanoTime();
                } else if (System.nanoTime() - lastMove > STUCK_SECONDS * 1_000_000_000L) {
                    throw new AssertionError("virtual time stuck for " + STUCK_SECONDS + " s: " + clock.describe());
                }
                if (loops.stream().allMatch(EngineLoop::idle)) {
                    long now = clock.nanos();
                    long next = due.getAsLong();
                    if (next <= now && lookedAt == now) {
                        next = endNanos; // due already, and looked at this instant: only something else moves it
                    }
                    long deadline = Math.max(now, Math.min(endNanos, next));
                    clock.parkUntil(deadline);
                    if (clock.reached(deadline)) { // this thread's turn (not an event, not a spurious wake-up)
                        readClock();
                        lookedAt = clock.nanos();
                    }
                }
            }
        } finally {
            watchdog.interrupt();
        }
    }

    /** Takes every event waiting in the loops; a loop steps only when it holds one, so it never waits. */
    private void takeEvents() {
        for (EngineLoop loop : List.copyOf(loops)) {
            while (!loop.idle()) {
                loop.step(Long.MIN_VALUE);
            }
        }
    }

    /**
     * Has every loop read the clock: a wake-up event each, taken at once. (A timer step would wait for
     * this thread's turn on a virtual clock, which never comes while another loop holds an event.)
     */
    private void readClock() {
        for (EngineLoop loop : List.copyOf(loops)) {
            loop.wake();
        }
        takeEvents();
    }
}
