package org.bt4j.research;

import org.bt4j.feed.DataFeed;

/**
 * What a research check re-runs on slices of the data: a strategy or a single indicator, giving
 * a {@link Snapshot} of every indicator line and order decision. An implementation creates
 * everything it runs afresh per call; one call per thread at a time.
 */
public interface Probe {

    /** Runs over every bar of {@code data} (a fresh, not yet started feed) and snapshots the result. */
    Snapshot run(DataFeed data);
}
