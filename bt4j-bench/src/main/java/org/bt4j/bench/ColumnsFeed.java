package org.bt4j.bench;

import org.bt4j.bench.compare.BarColumns;
import org.bt4j.feed.Bar;
import org.bt4j.feed.SourceFeed;

/**
 * A streaming feed over {@link BarColumns} that reads the columns in place (no copy, unlike
 * {@code ArrayFeed.of}), so a benchmark can start a fresh feed over 10M bars for free. Each
 * instance delivers the bars once. Engine thread only.
 */
public final class ColumnsFeed extends SourceFeed {

    private final BarColumns bars;
    private int next;

    /** A feed named {@code bt_bench} over {@code bars}. */
    public ColumnsFeed(BarColumns bars) {
        this.bars = bars;
        name("bt_bench");
    }

    @Override
    protected boolean read(Bar bar) {
        int i = next;
        if (i >= bars.size()) {
            return false;
        }
        next = i + 1;
        bar.set(bars.time()[i], bars.open()[i], bars.high()[i], bars.low()[i], bars.close()[i], bars.volume()[i], 0.0);
        return true;
    }
}
