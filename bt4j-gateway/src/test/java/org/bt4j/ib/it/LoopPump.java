package org.bt4j.ib.it;

import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.bt4j.loop.EngineLoop;

/**
 * Drives a store's engine loop from a test thread the way {@code Cerebro} does — one event per
 * step, then a timer at the clock's reading — while the connection's threads deliver. Waits are
 * bounded in real time so a broken test fails instead of hanging. Test thread only (it becomes the
 * loop's engine thread).
 */
public final class LoopPump {

    private static final long TIMEOUT_NANOS = 10_000_000_000L;

    private LoopPump() {
    }

    /**
     * Takes every event offered within {@code realNanos} (returning as soon as the first ones are
     * taken and nothing more waits), then one timer so the loop reads the clock; true if any came.
     */
    public static boolean await(EngineLoop loop, long realNanos) {
        long deadline = System.nanoTime() + realNanos;
        boolean got = false;
        while (true) {
            if (!loop.idle()) {
                loop.step(Long.MIN_VALUE);
                got = true;
                continue;
            }
            if (got || System.nanoTime() >= deadline) {
                break;
            }
            LockSupport.parkNanos(100_000L);
        }
        loop.step(Long.MIN_VALUE);
        return got;
    }

    /** Steps {@code loop} until {@code done} holds; fails after 10 s of real time. */
    public static void until(EngineLoop loop, BooleanSupplier done) {
        long deadline = System.nanoTime() + TIMEOUT_NANOS;
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the condition did not hold within 10 s");
            }
            if (loop.idle()) {
                LockSupport.parkNanos(100_000L);
            }
            loop.step(Long.MIN_VALUE);
        }
    }
}
