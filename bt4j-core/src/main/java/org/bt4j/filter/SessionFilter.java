package org.bt4j.filter;

import org.bt4j.feed.Bar;
import org.bt4j.feed.DataFeed;
import org.bt4j.feed.DerivedFeed;
import org.bt4j.time.EpochNanos;
import org.bt4j.time.ZoneConverter;

/**
 * backtrader's {@code SessionFilter}: drops bars whose time of day (in the feed's zone) lies
 * outside [{@code sessionstart}, {@code sessionend}] of the source, for example pre- and
 * post-market bars. Engine thread only.
 */
public final class SessionFilter extends DerivedFeed {

    private final ZoneConverter zone;
    private final long start;
    private final long end;

    /** Filters {@code source} to its own session times. */
    public SessionFilter(DataFeed source) {
        super(source);
        this.zone = ZoneConverter.of(source.tz());
        this.start = source.sessionStart().toNanoOfDay();
        this.end = source.sessionEnd().toNanoOfDay();
    }

    @Override
    protected void onSource(Bar x) {
        long tod = EpochNanos.timeOfDay(zone.toLocal(x.time));
        if (tod >= start && tod <= end) {
            emit(x, true);
        }
    }
}
