package org.bt4j.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.bt4j.line.Line;
import org.bt4j.line.LineContext;
import org.junit.jupiter.api.Test;

/** {@link CompositeIndicator}: outputs bound to lines of its graph, plus its own computed outputs. */
class CompositeIndicatorTest {

    private static final double NaN = Double.NaN;

    /** Mirrors SMA(2) and SMA(3) of its input, and computes "count" = bars seen so far itself. */
    private static final class Pair extends CompositeIndicator {

        private int seen;

        Pair(Line x, Line... extra) {
            super(new String[] {"fast", "slow", "count"},
                () -> new Line[] {new MovingAverageSimple(x, 2).line(0), new MovingAverageSimple(x, 3).line(0)}, extra);
        }

        @Override
        protected void nextOwn() {
            out(2).set(0, ++seen);
        }

        @Override
        protected void onceOwn(int start, int end) {
            for (int i = start; i < end; i++) {
                out(2).array()[i] = i + 1;
            }
        }
    }

    @Test
    void outputsMirrorTheirSourcesFromTheSourcesOwnWarmUp() {
        Runs.Result r = Hand.onCloses(Pair::new, 1, 3, 5, 7);
        Hand.assertNames(r, "fast", "slow", "count");
        // the composite waits for its slowest source; each output keeps its own source's minimum period
        assertEquals(3, r.indicator().minPeriod());
        assertEquals(2, r.indicator().line(0).minPeriod());
        Hand.assertLine(r, 0, NaN, 2, 4, 6);
        Hand.assertLine(r, 1, NaN, NaN, 3, 5);
        // own outputs are computed on every bar, warm-up included
        Hand.assertLine(r, 2, 1, 2, 3, 4);
    }

    @Test
    void extraInputsCountForTheMinimumPeriod() {
        Runs.Result r = Hand.onCloses(x -> new Pair(x, new MovingAverageSimple(x, 4).line(0)), 1, 3, 5, 7);
        assertEquals(4, r.indicator().minPeriod());
        Hand.assertLine(r, 0, NaN, 2, 4, 6);
    }

    @Test
    void moreSourcesThanNamesIsAnError() {
        try (LineContext ignored = LineContext.open()) {
            ArrayFeed f = ArrayFeed.ofCloses(1, 2);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new CompositeIndicator(new String[] {"a"}, () -> new Line[] {f.close(), f.open()}) {
                });
            assertEquals("more sources than output lines", e.getMessage());
        }
    }
}
