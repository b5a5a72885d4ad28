package org.bt4j.filter;

import java.util.function.Predicate;
import org.bt4j.feed.Bar;
import org.bt4j.feed.DataFeed;
import org.bt4j.feed.DerivedFeed;

/**
 * backtrader's {@code DataFilter}: passes only the source bars for which {@code funcfilter}
 * returns true; the predicate sees the source feed positioned on the bar (so it may look back).
 * Engine thread only.
 */
public final class DataFilter extends DerivedFeed {

    private final Predicate<DataFeed> funcfilter;

    /** Filters {@code source} with {@code funcfilter}. */
    public DataFilter(DataFeed source, Predicate<DataFeed> funcfilter) {
        super(source);
        if (funcfilter == null) {
            throw new IllegalArgumentException("funcfilter must not be null");
        }
        this.funcfilter = funcfilter;
    }

    @Override
    protected void onSource(Bar x) {
        if (funcfilter.test(source())) {
            emit(x, true);
        }
    }
}
