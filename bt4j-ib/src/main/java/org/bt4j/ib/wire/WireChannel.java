package org.bt4j.ib.wire;

/**
 * One direction of one API connection, named by the client's local port: the key under which a
 * virtual clock ({@code org.bt4j.time.VirtualClock}) counts the frames in flight on it. The sender
 * counts a frame ({@code Clock.sent}), the receiver counts it off once handed on
 * ({@code Clock.received}), and the receiving side's reader, when it ends, forgets whatever is still
 * counted towards it ({@code Clock.closed}); a connection's end is itself counted as a frame
 * towards the other side, so virtual time waits until that side has seen it.
 *
 * <p>Threading: immutable.
 *
 * @param clientPort    the client's local port
 * @param towardsClient frames from TWS to the client (true) or from the client to TWS (false)
 */
public record WireChannel(int clientPort, boolean towardsClient) {
}
