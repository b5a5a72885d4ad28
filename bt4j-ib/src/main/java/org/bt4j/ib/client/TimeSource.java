package org.bt4j.ib.client;

/**
 * Now, as UTC epoch nanoseconds: the clock the IB client, its supervisor and its pacing governor
 * read. Same shape as bt4j-core's {@code org.bt4j.time.Clock}, so either adapts to the other with a
 * method reference ({@code clock::nanos}). Tests pass a simulated time; live runs use
 * {@link #SYSTEM}.
 *
 * <p>Threading: implementations must be safe to call from any thread.
 */
@FunctionalInterface
public interface TimeSource {

    /** The wall clock. */
    TimeSource SYSTEM = () -> {
        java.time.Instant now = java.time.Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    };

    /** @return now, UTC epoch nanoseconds */
    long nanos();
}
