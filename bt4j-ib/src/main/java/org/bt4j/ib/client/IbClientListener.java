package org.bt4j.ib.client;

import org.bt4j.ib.wire.ServerMessage;

/**
 * Receives what an {@link IbClient} reads. Calls come from one thread at a time and in arrival
 * order: the connecting thread during the handshake and {@link #onReady}, then the client's reader
 * thread. Implementations should only hand the message over (typically to the engine's queue) and
 * return quickly.
 */
public interface IbClientListener {

    /**
     * The API is ready on {@code client} (nextValidId and managedAccounts received): called once, on
     * the connecting thread, before the reader thread starts, so whatever the listener does here
     * (announcing the session, sending its first requests) comes before any further message from
     * TWS. A runtime exception closes the client and leaves {@code IbClient.connect}. The default
     * does nothing.
     */
    default void onReady(IbClient client) {
    }

    /** One decoded message from TWS. */
    void onMessage(ServerMessage message);

    /**
     * The connection ended (peer closed it, a protocol violation, or {@link IbClient#close()}); called
     * once. {@code reason} is one line.
     */
    void onDisconnected(String reason);
}
