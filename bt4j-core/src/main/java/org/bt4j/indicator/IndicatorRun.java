package org.bt4j.indicator;

import java.util.List;
import org.bt4j.feed.DataFeed;
import org.bt4j.line.Indicator;
import org.bt4j.line.LineBuffer;
import org.bt4j.line.LineContext;

/**
 * Runs indicators over one data feed without a strategy, in either of backtrader's two modes:
 * {@link #runOnce} (vectorised over the preloaded arrays) or {@link #runNext} (bar by bar: the
 * feed's cursor advances and every indicator {@link Indicator#step() steps}). Indicators are
 * processed in the order given, which for {@link LineContext#indicators()} is creation order,
 * i.e. dependency order ({@link Indicator#recompute()} is the step for an in-place update of the
 * current bar, replay). Used by the tests and by {@code bt4j indicator}. Engine thread only.
 */
public final class IndicatorRun {

    private IndicatorRun() {
    }

    /** The two ways of computing indicators; both give identical numbers. Immutable. */
    public enum Mode {
        /** Vectorised over whole arrays (backtrader's {@code runonce=True}). */
        ONCE,
        /** Bar by bar, as in live trading (backtrader's {@code runonce=False}). */
        NEXT
    }

    /** Runs {@code indicators} over {@code feed} in {@code mode}; cursors end on the last bar. */
    public static void run(Mode mode, DataFeed feed, List<Indicator> indicators) {
        if (mode == Mode.ONCE) {
            runOnce(feed, indicators);
        } else {
            runNext(feed, indicators);
        }
    }

    /**
     * Vectorised: preloads {@code feed} if needed, computes every indicator over all its bars and
     * leaves every cursor (feed and indicator lines) on the last bar.
     */
    public static void runOnce(DataFeed feed, List<Indicator> indicators) {
        if (!feed.isPreloaded()) {
            feed.preload();
        }
        int n = feed.size();
        for (Indicator ind : indicators) {
            ind.runOnce(n);
        }
        feed.seek(n - 1);
        for (Indicator ind : indicators) {
            for (LineBuffer b : ind.buffers()) {
                b.seek(n - 1);
            }
        }
    }

    /**
     * Bar by bar: moves the feed one bar at a time (over preloaded bars from the start, or
     * loading them) and steps every indicator after each move.
     */
    public static void runNext(DataFeed feed, List<Indicator> indicators) {
        if (feed.isPreloaded()) {
            feed.home();
        }
        int count = indicators.size();
        while (feed.next()) {
            for (int i = 0; i < count; i++) {
                indicators.get(i).step();
            }
        }
    }

}
