package org.bt4j.resample;

import org.bt4j.feed.Bar;
import org.bt4j.feed.DataFeed;

/**
 * backtrader's {@code resampledata}: a feed of completed bars of a larger timeframe built from a
 * source feed, with backtrader's exact emission and time-stamping rules (inventory §A7.2). A bar
 * is delivered when a later source bar shows it is over (or at once when a source bar lands on
 * a boundary), the open bar is flushed at the end of the source, and over a live source
 * {@link #check(long)} delivers it on the clock. Engine thread only.
 */
public final class ResampledFeed extends AggregatedFeed {

    /** Resamples {@code source} with {@code params} (see {@link ResampleParams#resample}). */
    public ResampledFeed(DataFeed source, ResampleParams params) {
        super(source, params);
    }

    @Override
    protected void onSource(Bar x) {
        if (agg.isLate(x.time, anyDelivered(), lastDelivered())) {
            if (params.takelate()) {
                agg.update(x, false);
                agg.time = lastDelivered() + Aggregator.LATE_NUDGE;
            }
            return;
        }
        boolean consumed;
        boolean onEdge = false;
        boolean checkOver = true;
        if (agg.componly) {
            agg.setLastEos(x.time);
            consumed = true;
        } else {
            int r = agg.dataOnEdge(x.time);
            onEdge = (r & Aggregator.ON_EDGE) != 0;
            checkOver = (r & Aggregator.CHECK_OVER) != 0;
            consumed = onEdge;
        }
        if (consumed) {
            agg.update(x, false);
        }
        boolean deliver = agg.isOpen();
        if (deliver && !onEdge && checkOver) {
            deliver = agg.checkBarOver(x.time, x.time, true, false);
        }
        if (deliver) {
            if (!onEdge && agg.doAdjustTime) {
                agg.adjustTime(true);
            }
            emit(true);
            agg.start(true);
        }
        if (!consumed) {
            agg.update(x, false);
        }
    }

    @Override
    protected void onEnd() {
        if (agg.isOpen()) {
            if (agg.doAdjustTime) {
                agg.adjustTime(false);
            }
            emit(true);
            agg.start(true);
        }
    }

    @Override
    void onClock(long now) {
        if (agg.checkBarOver(now, lastDelivered(), anyDelivered(), true)) {
            if (agg.doAdjustTime) {
                agg.adjustTime(true);
            }
            emit(true);
            agg.start(true);
        }
    }
}
