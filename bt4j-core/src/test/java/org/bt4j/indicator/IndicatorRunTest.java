package org.bt4j.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.bt4j.feed.DataFeed;
import org.bt4j.line.Indicator;
import org.bt4j.line.LineBuffer;
import org.bt4j.line.LineContext;
import org.junit.jupiter.api.Test;

class IndicatorRunTest {

    @Test
    void subIndicatorsRunBeforeTheirParentAndCursorsEndOnTheLastBar() {
        for (IndicatorRun.Mode mode : IndicatorRun.Mode.values()) {
            ArrayFeed feed = ArrayFeed.ofCloses(1, 2, 3, 4, 5, 4, 3);
            try (LineContext ctx = LineContext.open()) {
                CrossOver cross = new CrossOver(feed.close(), new MovingAverageSimple(feed.close(), 3).line(0));
                assertSame(cross, ctx.indicators().get(ctx.indicators().size() - 1), "parent registers last");
                assertEquals(NonZeroDifference.class, ctx.indicators().get(1).getClass());
                IndicatorRun.run(mode, feed, ctx.indicators());
                assertEquals(7, feed.len());
                assertEquals(3.0, feed.close().get(0));
                // sma3 = n,n,2,3,4,13/3,4 ; close - sma: 1,1,1,-1/3,-1 -> cross down on bar 5
                assertEquals(-1.0, cross.get(-1), mode.name());
                assertEquals(0.0, cross.get(0), mode.name());
            }
        }
    }

    /** The values of every output line of {@code make}'s indicator, bar by bar over unbounded buffers. */
    private static double[][] plain(DataFeed feed, IndicatorRegistry.Entry e) {
        try (LineContext ctx = LineContext.open()) {
            Indicator ind = e.create(feed, Map.of());
            IndicatorRun.runNext(feed, ctx.indicators());
            double[][] out = new double[ind.lineCount()][];
            for (int k = 0; k < out.length; k++) {
                out[k] = Arrays.copyOf(ind.line(k).buffer().array(), feed.size());
            }
            return out;
        }
    }

    /**
     * exactbars=1: every buffer (feed and indicators) is a ring sized by the declared look-backs,
     * as the engine bounds them. Values are read while still in the ring: bar j of a line is taken
     * from the last step that still holds it (its declared look-back), so writes into the past
     * (Ichimoku's chikou_span, Fractal) count only if the indicator declared how far back it writes.
     */
    @Test
    void boundedBuffersGiveTheSameValuesForEveryIndicator() {
        List<String> failures = new ArrayList<>();
        for (IndicatorRegistry.Entry e : IndicatorRegistry.entries()) {
            double[][] expected = plain(ArrayFeed.bt2006(), e);
            ArrayFeed feed = ArrayFeed.bt2006();
            int n = feed.bars();
            try (LineContext ctx = LineContext.open()) {
                Indicator ind = e.create(feed, Map.of());
                int lookback = 1;
                for (int i = 0; i < feed.lineCount(); i++) {
                    lookback = Math.max(lookback, feed.buffer(i).lookback());
                    feed.buffer(i).bound(1);
                }
                feed.datetime().bound(lookback + 2);
                for (Indicator x : ctx.indicators()) {
                    for (LineBuffer b : x.buffers()) {
                        b.bound(1);
                    }
                }
                double[][] got = new double[ind.lineCount()][n];
                int t = 0;
                while (feed.next()) {
                    for (Indicator x : ctx.indicators()) {
                        x.step();
                    }
                    for (int k = 0; k < got.length; k++) {
                        LineBuffer b = ind.line(k).buffer();
                        for (int d = 0; d < b.lookback() && d <= t; d++) {
                            got[k][t - d] = b.get(-d);
                        }
                    }
                    t++;
                }
                compare(e.name() + " bounded", expected, got, failures);
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " differ:\n" + String.join("\n", failures));
    }

    /**
     * Replay: each bar first arrives unfinished (close half-way from the open, narrower range, half
     * the volume) and is then updated in place to its final values with the length unchanged; the
     * indicators recompute that bar ({@link Indicator#recompute}). Once every bar is final the
     * values must be exactly those of a run over the final bars.
     */
    @Test
    void recomputingAReplayedBarGivesTheSameValuesForEveryIndicator() {
        List<String> failures = new ArrayList<>();
        for (IndicatorRegistry.Entry e : IndicatorRegistry.entries()) {
            double[][] expected = plain(ArrayFeed.bt2006(), e);
            TwoTickFeed feed = new TwoTickFeed(ArrayFeed.bt2006());
            try (LineContext ctx = LineContext.open()) {
                Indicator ind = e.create(feed, Map.of());
                List<Indicator> all = ctx.indicators();
                int len = 0;
                while (feed.next()) {
                    boolean update = feed.len() == len;
                    len = feed.len();
                    for (Indicator x : all) {
                        if (update) {
                            x.recompute();
                        } else {
                            x.step();
                        }
                    }
                }
                double[][] got = new double[ind.lineCount()][];
                for (int k = 0; k < got.length; k++) {
                    got[k] = Arrays.copyOf(ind.line(k).buffer().array(), feed.size());
                }
                compare(e.name() + " replayed", expected, got, failures);
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " differ:\n" + String.join("\n", failures));
    }

    private static void compare(String what, double[][] expected, double[][] got, List<String> failures) {
        for (int k = 0; k < expected.length; k++) {
            for (int i = 0; i < expected[k].length; i++) {
                if (Double.doubleToLongBits(expected[k][i]) != Double.doubleToLongBits(got[k][i])) {
                    failures.add(what + " line " + k + " bar " + i + ": " + expected[k][i] + " vs " + got[k][i]);
                    return;
                }
            }
        }
    }

    /** Delivers each bar of a source twice: unfinished as a new bar, then final as an in-place update. */
    private static final class TwoTickFeed extends DataFeed {

        private final ArrayFeed source;
        private boolean finalPending;

        TwoTickFeed(ArrayFeed source) {
            this.source = source;
            source.preload();
            source.home();
        }

        @Override
        protected boolean load() {
            if (finalPending) {
                finalPending = false;
                setBar(source.datetime(0), source.open().get(0), source.high().get(0), source.low().get(0),
                    source.close().get(0), source.volume().get(0), 0.0);
                return true;
            }
            if (!source.next()) {
                return false;
            }
            double o = source.open().get(0);
            double c = (o + source.close().get(0)) / 2;
            forward();
            setBar(source.datetime(0), o, Math.max(o, c), Math.min(o, c), c, source.volume().get(0) / 2, 0.0);
            finalPending = true;
            return true;
        }
    }
}
