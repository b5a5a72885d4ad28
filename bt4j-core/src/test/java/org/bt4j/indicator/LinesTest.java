package org.bt4j.indicator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.bt4j.line.Indicator;
import org.bt4j.line.LineContext;
import org.junit.jupiter.api.Test;

class LinesTest {

    /** Wraps a Lines expression so {@link Runs} can run it and read its values. */
    private static Indicator expr(Lines l) {
        return (Indicator) l.buffer().owner();
    }

    @Test
    void closeAboveItsAverage() {
        // close - SMA(3) > 0 on 1, 2, 3, 2, 1, 5: SMA = -, -, 2, 7/3, 2, 8/3
        Runs.Result r = Runs.both(() -> ArrayFeed.ofCloses(1, 2, 3, 2, 1, 5),
            f -> expr(Lines.of(f.close()).minus(new MovingAverageSimple(f.close(), 3)).gt(0)));
        assertEquals(3, r.indicator().minPeriod());
        assertArrayEquals(new double[] {Double.NaN, Double.NaN, 1, 0, 0, 1}, r.line(0));
    }

    @Test
    void arithmeticChainsLikePythonOperators() {
        // ((close * 2 + 1) / 3) ** 2, then max with 4 and min with 20
        Runs.Result r = Runs.both(() -> ArrayFeed.ofCloses(1, 4, 10),
            f -> expr(Lines.of(f.close()).times(2).plus(1).div(3).pow(2).max(4).min(20)));
        assertArrayEquals(new double[] {4, 9, 20}, r.line(0));
    }

    @Test
    void comparisonsLogicAndChoice() {
        Runs.Result r = Runs.both(() -> ArrayFeed.ofCloses(-2, 0, 3),
            f -> expr(Lines.of(f.close()).ge(0).and(Lines.of(f.close()).le(1)).choose(f.close(), 99)));
        assertArrayEquals(new double[] {99, 0, 99}, r.line(0));
        Runs.Result s = Runs.both(() -> ArrayFeed.ofCloses(-2, 0, 3),
            f -> expr(Lines.of(f.close()).abs().neg().eq(-2).or(Lines.of(f.close()).ne(0).not())));
        assertArrayEquals(new double[] {1, 1, 0}, s.line(0));
    }

    @Test
    void delayedIsBacktradersCallSyntax() {
        // close - close(-1), backtrader's momentum of 1 bar; minimum period 2
        Runs.Result r = Runs.both(() -> ArrayFeed.ofCloses(1, 4, 9),
            f -> expr(Lines.of(f.close()).minus(Lines.of(f.close()).delayed(1))));
        assertEquals(2, r.indicator().minPeriod());
        assertArrayEquals(new double[] {Double.NaN, 3, 5}, r.line(0));
    }

    @Test
    void wrappingAndBadOperands() {
        try (LineContext ignored = LineContext.open()) {
            ArrayFeed f = ArrayFeed.ofCloses(1, 2);
            Lines c = Lines.of(f);
            assertSame(f.close(), c.line());
            assertSame(c, Lines.of((org.bt4j.line.Line) c));
            assertThrows(IllegalArgumentException.class, () -> c.plus("x"));
        }
    }
}
