package org.bt4j.filter;

import org.bt4j.feed.Bar;
import org.bt4j.feed.DataFeed;
import org.bt4j.feed.DerivedFeed;

/**
 * backtrader's {@code BarReplayer_Open} (alias {@code DayStepsFilter}): each bar is delivered
 * twice, first as an "open only" bar (open = high = low = close = the open, no volume or open
 * interest), then updated in place (len unchanged) to the full bar. A strategy can so act at the
 * open of a bar, approximating a replay of daily data. Engine thread only.
 */
public final class BarReplayerOpen extends DerivedFeed {

    private final Bar open = new Bar();

    /** Open-then-full bars of {@code source}. */
    public BarReplayerOpen(DataFeed source) {
        super(source);
    }

    @Override
    protected void onSource(Bar x) {
        emit(open.set(x.time, x.open, x.open, x.open, x.open, 0.0, 0.0), true);
        emit(x, false);
    }
}
