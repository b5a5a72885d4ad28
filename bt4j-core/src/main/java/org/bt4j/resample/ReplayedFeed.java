package org.bt4j.resample;

import org.bt4j.feed.Bar;
import org.bt4j.feed.DataFeed;

/**
 * backtrader's {@code replaydata}: the bar of the larger timeframe is shown while it forms. Every
 * source bar produces one {@link #next()}: either a new bar (its {@link #len()} grows by one) or
 * an update of the current bar in place ({@link #len()} unchanged), exactly as backtrader's
 * replayer delivers them (inventory §A7.3). With {@code adjbartime} an extra update carrying the
 * boundary time closes each bar. It cannot be preloaded. Engine thread only.
 */
public final class ReplayedFeed extends AggregatedFeed {

    private boolean firstBar = true;

    /** Replays {@code source} with {@code params} (see {@link ResampleParams#replay}). */
    public ReplayedFeed(DataFeed source, ResampleParams params) {
        super(source, params);
    }

    @Override
    public boolean canPreload() {
        return false;
    }

    @Override
    public void preload() {
        throw new IllegalStateException("a replayed feed updates bars in place and cannot be preloaded; run it bar by bar");
    }

    @Override
    protected void onSource(Bar x) {
        boolean consumed = false;
        boolean onEdge = false;
        boolean takingLate = false;
        boolean checkOver = true;
        if (agg.isLate(x.time, anyDelivered(), lastDelivered())) {
            if (!params.takelate()) {
                return;
            }
            consumed = true;
            takingLate = true;
        } else if (agg.componly) {
            consumed = true;
        } else {
            int r = agg.dataOnEdge(x.time);
            onEdge = (r & Aggregator.ON_EDGE) != 0;
            checkOver = (r & Aggregator.CHECK_OVER) != 0;
            consumed = onEdge;
        }
        if (consumed) {
            agg.update(x, false);
            if (takingLate) {
                agg.time = lastDelivered() + Aggregator.LATE_NUDGE;
            }
        }
        boolean over = onEdge || (checkOver && agg.checkBarOver(x.time, x.time, true, false));
        if (over) {
            if (!onEdge && agg.doAdjustTime) {
                agg.adjustTime(true);
                emit(firstBar); // the closing tick, carrying the boundary time
                if (!consumed) {
                    agg.update(x, true);
                    emit(true);
                    firstBar = false;
                } else {
                    agg.start(true);
                    firstBar = true;
                }
            } else if (!consumed) {
                agg.update(x, true);
                emit(true);
                firstBar = false;
            } else {
                emit(firstBar);
                agg.start(true);
                firstBar = true;
            }
        } else {
            if (!consumed) {
                agg.update(x, false);
            }
            emit(firstBar);
            firstBar = false;
        }
    }

    @Override
    protected void onEnd() {
        // backtrader's replayer has nothing to flush: the last bar was shown as it formed
    }

    @Override
    void onClock(long now) {
        if (agg.checkBarOver(now, lastDelivered(), anyDelivered(), true) && agg.doAdjustTime) {
            if (agg.adjustTime(true)) {
                emit(firstBar);
            }
            agg.start(true);
            firstBar = true;
        }
    }
}
