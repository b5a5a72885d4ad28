package org.bt4j.ib.client.pacing;

/**
 * Told when a paced request actually leaves for TWS, so that its requester can start a
 * round-trip timeout then rather than when the request was queued: a historical request may be
 * held by the pacing governor for ten minutes or more, which is no sign of a silent TWS.
 * {@link #sent()} runs each time the request leaves (again when it is re-sent after a pacing
 * violation); {@link #queued()} runs when the request waits for its pacing turn once more after
 * a pacing violation (error 162). Neither runs for a request removed from the queue by its cancel
 * or dropped with its connection (the connection's end is reported on its own).
 *
 * <p>Threading: {@link #sent()} runs just before the request is written to the socket, so before
 * any answer to it can arrive: on the client's writer thread for a historical request and for
 * anything that waited in the queue, on the sending thread for a plain message written at once;
 * {@link #queued()} runs on the
 * client's reader thread. Implementations must only record or queue, never block or send.
 */
@FunctionalInterface
public interface SendListener {

    /** Listens to nothing. */
    SendListener NONE = () -> { };

    /** The request is leaving now. */
    void sent();

    /** The request waits for its pacing turn again (after a pacing violation); by default nothing. */
    default void queued() {
    }
}
