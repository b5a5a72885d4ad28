package org.bt4j.ib.client;

import org.bt4j.ib.wire.ServerMessage;

/**
 * What the connection supervisor tells the store, its data feeds and its broker: connection
 * state changes, TWS connectivity (1100/1101/1102), farm status (2103–2108, 2157, 2158),
 * re-subscriptions after a reconnect, and every TWS message. Feeds backfill and the broker
 * reconciles on {@link Connected} with {@code reconnect} set and on {@link ConnectivityRestored}
 * with {@code dataLost}.
 *
 * <p>Threading: immutable values; delivered on the supervisor's threads.
 */
public sealed interface StoreEvent {

    /** A session is up ({@code reconnect}: not the first one). */
    record Connected(int serverVersion, java.util.List<String> accounts, boolean reconnect) implements StoreEvent {
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

    /** Any message from TWS (errors included), in arrival order. */
    record Message(ServerMessage message) implements StoreEvent {
    }
}
