package org.bt4j.ib.client;

import org.bt4j.ib.wire.ServerMessage;

/**
 * What the connection supervisor tells the store, its data feeds and its broker: connection
 * state changes, TWS connectivity (1100/1101/1102), farm status (2103–2108, 2157, 2158),
 * re-subscriptions after a reconnect, and every TWS message. Feeds backfill and the broker
 * reconciles on {@link Connected} with {@code reconnect} set and on {@link ConnectivityRestored}
 * with {@code dataLost}.
 *
 * <p>Threading: immutable values, made on the supervisor's and the client's threads and offered to
 * the store's engine loop, which hands them to the store, its feeds and its broker on the engine
 * thread.
 */
public sealed interface StoreEvent {

    /** A session is up as {@code clientId} ({@code reconnect}: not the first one). */
    record Connected(int serverVersion, java.util.List<String> accounts, boolean reconnect, int clientId)
            implements StoreEvent {
    }

    /** The socket is gone; {@code willRetry} tells whether the supervisor keeps trying. */
    record Disconnected(String reason, boolean willRetry) implements StoreEvent {
    }

    /** Every attempt failed; the store stays disconnected. */
    record GaveUp(String reason) implements StoreEvent {
    }

    /** 1100: TWS lost its connection to IB (the socket stays up). */
    record ConnectivityLost(String message) implements StoreEvent {
    }

    /** 1101 (data lost: subscriptions were re-issued) or 1102 (data maintained). */
    record ConnectivityRestored(boolean dataLost, String message) implements StoreEvent {
    }

    /** A farm notice: {@code ok} for 2104/2106/2158, broken for 2103/2105/2157, inactive for 2107/2108. */
    record FarmStatus(int code, String farm, boolean ok, String message) implements StoreEvent {
    }

    /** {@code count} live subscriptions were sent again after a reconnect or a 1101. */
    record Resubscribed(int count) implements StoreEvent {
    }

    /**
     * Historical request {@code reqId} left for TWS after its pacing turn ({@code sent}), or was put
     * back in the pacing queue after a pacing violation.
     */
    record Paced(int reqId, boolean sent) implements StoreEvent {
    }

    /** Request {@code reqId} could not be sent (not connected); its requester hears it at a later turn. */
    record NotSent(int reqId) implements StoreEvent {
    }

    /** Any message from TWS (errors included), in arrival order. */
    record Message(ServerMessage message) implements StoreEvent {
    }
}
