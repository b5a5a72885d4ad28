package org.bt4j.feed;

import java.util.List;

/**
 * A provider connection that hands out feeds (and often a broker) and queues notifications for the
 * strategies (backtrader's store and its {@code get_notifications}; for IB: TWS errors and notices).
 * The engine, given the store ({@code Cerebro.addStore}, or reached through a
 * {@link StatusSource#store() feed}), drains it when signalled and delivers each notification to
 * every strategy's {@code notifyStore}.
 *
 * <p>Threading: {@link #drainNotifications()} is called on the engine thread; the signal
 * listeners may be called from any thread (on the engine thread the engine delivers in the same
 * turn, from another thread through its inbox).
 */
public interface Store {

    /** The notifications queued since the last call, oldest first (empty list when none). */
    List<StoreNotice> drainNotifications();

    /** Adds a callback run (on any thread) after a notification has been queued. */
    void addNotificationListener(Runnable signal);

    /**
     * The engine loop this store's connection feeds (its events must be taken by the run's loop),
     * or null when the store has none; {@code Cerebro.addStore} adopts it.
     */
    default org.bt4j.loop.EngineLoop loop() {
        return null;
    }
}
