package org.bt4j.loop;

import java.util.Objects;

/**
 * What the engine loop takes, one at a time, in the order it was offered: a typed message for one
 * {@link Inlet} (a provider's decoded message: a bar, a tick, an order status, an execution, a
 * commission report, a connection change ...), a timer (a due time passed while nothing arrived),
 * a wake-up (a reading with no data), or a stop. Each event the loop takes gets the next sequence
 * number and one clock reading ({@link EngineLoop#seq()}, {@link EngineLoop#now()}).
 *
 * <p>Threading: immutable values, made on any thread.
 */
public sealed interface Event {

    /** A due time passed with nothing in the inbox (the feeds' and components' clock checks run). */
    Event TIMER = new Timer();

    /**
     * Look again: the engine takes a clock reading at once, carrying no data (a driver that makes the
     * loops read a virtual clock). Data always comes as an {@link Input}, so a journal holds it all.
     */
    Event WAKE = new Wake();

    /** Stop the run (from another thread; the engine thread stops directly). */
    Event STOP = new Stop();

    /**
     * {@code payload} for {@code to}.
     *
     * @param <T> the inlet's message type
     */
    record Input<T>(Inlet<T> to, T payload) implements Event {
        public Input {
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(payload, "payload");
        }

        /** Hands the payload to its inlet (engine thread). */
        void deliver() {
            to.accept(payload);
        }
    }

    /** See {@link #TIMER}. */
    record Timer() implements Event {
    }

    /** See {@link #WAKE}. */
    record Wake() implements Event {
    }

    /** See {@link #STOP}. */
    record Stop() implements Event {
    }
}
