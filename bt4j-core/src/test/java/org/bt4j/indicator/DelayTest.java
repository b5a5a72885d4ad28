package org.bt4j.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.bt4j.line.LineContext;
import org.junit.jupiter.api.Test;

/** {@link Delay}: backtrader's {@code line(-k)}. */
class DelayTest {

    private static final double NaN = Double.NaN;

    @Test
    void valuesKBarsAgo() {
        Runs.Result r = Hand.onCloses(x -> new Delay(x, 2), 1, 2, 3, 4, 5);
        Hand.assertNames(r, "delay");
        Hand.assertWarmup(r, 0, 3);
        Hand.assertLine(r, 0, NaN, NaN, 1, 2, 3);
    }

    @Test
    void minimumPeriodAddsToTheSources() {
        Runs.Result r = Hand.onCloses(x -> new Delay(new MovingAverageSimple(x, 2).line(0), 1), 1, 3, 5, 7);
        Hand.assertWarmup(r, 0, 3);
        Hand.assertLine(r, 0, NaN, NaN, 2, 4);
    }

    @Test
    void zeroAgoIsTheSourceItself() {
        try (LineContext ignored = LineContext.open()) {
            ArrayFeed f = ArrayFeed.ofCloses(1, 2);
            assertSame(f.close(), Delay.of(f.close(), 0));
        }
        Hand.assertLine(Hand.onCloses(x -> new Delay(x, 0), 4, 5), 0, 4, 5);
    }

    @Test
    void negativeAgoIsRejected() {
        assertEquals("ago must be >= 0, got -1", Hand.rejects(f -> new Delay(f.close(), -1)));
    }
}
