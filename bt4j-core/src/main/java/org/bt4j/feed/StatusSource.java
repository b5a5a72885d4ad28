package org.bt4j.feed;

import java.util.function.BiConsumer;

/**
 * A data feed that reports {@link DataStatus} changes (backtrader's live feeds: IB, ...). The engine
 * subscribes when the feed is added and routes each change to every strategy's {@code notifyData};
 * it also routes the notifications of the feed's {@link #store() store}.
 *
 * <p>Threading: listeners are added before the run; an implementation says on which thread it
 * calls them (the engine queues what it hears, so any thread is fine).
 */
public interface StatusSource {

    /** Adds a listener hearing {@code (feed, status)} for every status change, in order. */
    void addStatusListener(BiConsumer<? super DataFeed, ? super DataStatus> listener);

    /** The store that serves this feed, whose notifications the engine routes too; null if none. */
    default Store store() {
        return null;
    }
}
