package org.bt4j.loop;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * A component's door in the engine loop (a store, a feed, the engine's own notices): other threads
 * offer it typed messages through {@link EngineLoop#offer}; the loop hands them to
 * {@link #accept} on the engine thread, one at a time. An inlet that can {@link #write} and
 * {@link #read} its messages can be recorded in a session journal and replayed.
 *
 * <p>Threading: {@link #accept} runs on the engine thread only; {@link #write} on the engine thread,
 * {@link #read} on the replaying engine thread.
 *
 * @param <T> the message type
 */
public interface Inlet<T> {

    /** A name unique within one loop, stable across runs (it names the inlet in a journal). */
    String name();

    /** Handles one message (engine thread). */
    void accept(T message);

    /** Whether {@link #write}/{@link #read} are implemented. */
    default boolean recordable() {
        return false;
    }

    /** Writes {@code message} for a session journal. */
    default void write(T message, DataOutput out) throws IOException {
        throw new UnsupportedOperationException("inlet " + name() + " cannot be recorded");
    }

    /** Reads a message written by {@link #write}. */
    default T read(DataInput in) throws IOException {
        throw new UnsupportedOperationException("inlet " + name() + " cannot be replayed");
    }
}
