package org.bt4j.ib.it;

import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Waits on explicit conditions with a real-time deadline, never for a fixed time: threads to end
 * (joined: a test takes the {@link #threads} before it starts clients or sessions, and afterwards
 * {@link #threadsEnded} joins every matching thread started since), or a condition another thread
 * makes true ({@link #until}, polled until it holds, at most every 10 ms). Test thread only.
 */
public final class Await {

    private Await() {
    }

    /** The live threads whose names {@code name} accepts. */
    public static Set<Thread> threads(Predicate<String> name) {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.isAlive() && name.test(t.getName()))
                .collect(Collectors.toSet());
    }

    /**
     * Joins every live thread {@code name} accepts that is not in {@code before}, {@code seconds} at
     * most in all; fails naming the ones left ({@code what}: what they are).
     */
    public static void threadsEnded(Predicate<String> name, Set<Thread> before, long seconds, String what)
            throws InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        for (Thread t : threads(name)) {
            if (!before.contains(t)) {
                t.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            }
        }
        List<String> left = threads(name).stream().filter(t -> !before.contains(t)).map(Thread::getName).sorted().toList();
        if (!left.isEmpty()) {
            throw new AssertionError(what + " leaked: " + left);
        }
    }

    /** Returns as soon as {@code done} holds; fails with {@code what} if it does not within {@code seconds}. */
    public static void until(BooleanSupplier done, long seconds, String what) {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        long pause = 100_000L;
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + " (not within " + seconds + " s)");
            }
            LockSupport.parkNanos(pause); // re-check soon (another thread makes it true), less often as it lasts
            pause = Math.min(10_000_000L, pause * 2);
        }
    }
}
