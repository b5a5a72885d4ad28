package org.bt4j.indicator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CrossOverTest {

    private static final double N = Double.NaN;
    // close against SMA(2): sma = nan, 2, 2, 2, 3, 3.5, 3, 2.5
    private static final double[] CLOSES = {2, 2, 2, 2, 4, 3, 3, 2};

    @Test
    void touchingThenCrossingCounts() {
        // d = close - sma: -, 0, 0, 0, 1, -0.5, 0, -0.5 ; nzd seeded with 0 at bar 1
        Runs.Result r = Runs.both(() -> ArrayFeed.ofCloses(CLOSES),
            f -> new CrossOver(f.close(), new MovingAverageSimple(f.close(), 2).line(0)));
        assertEquals(3, r.indicator().minPeriod());
        assertEquals("crossover", r.indicator().lineName(0));
        // bar 4: nzd[-1] = 0 (never non-zero yet) -> no cross; bar 5: nzd[-1] = 1 > 0 and close < sma -> -1
        assertArrayEquals(new double[] {N, N, 0, 0, 0, -1, 0, 0}, r.line(0));
    }

    @Test
    void upAndDownCrossesOfTwoAverages() {
        double[] closes = {1, 2, 3, 4, 5, 4, 3, 2, 1, 2, 3, 4};
        Runs.Result over = Runs.both(() -> ArrayFeed.ofCloses(closes), f -> new CrossOver(
            new MovingAverageSimple(f.close(), 2).line(0), new MovingAverageSimple(f.close(), 4).line(0)));
        Runs.Result up = Runs.both(() -> ArrayFeed.ofCloses(closes), f -> new CrossUp(
            new MovingAverageSimple(f.close(), 2).line(0), new MovingAverageSimple(f.close(), 4).line(0)));
        Runs.Result down = Runs.both(() -> ArrayFeed.ofCloses(closes), f -> new CrossDown(
            new MovingAverageSimple(f.close(), 2).line(0), new MovingAverageSimple(f.close(), 4).line(0)));
        // sma2: n,1.5,2.5,3.5,4.5,4.5,3.5,2.5,1.5,1.5,2.5,3.5 ; sma4: n,n,n,2.5,3.5,4,4,3.5,2.5,2,2,2.75
        // d from bar 3: 1,1,0.5,-0.5,-1,-1,-0.5,0.5,0.75
        assertEquals(5, over.indicator().minPeriod());
        assertArrayEquals(new double[] {N, N, N, N, 0, 0, -1, 0, 0, 0, 1, 0}, over.line(0));
        assertArrayEquals(new double[] {N, N, N, N, 0, 0, 0, 0, 0, 0, 1, 0}, up.line(0));
        assertArrayEquals(new double[] {N, N, N, N, 0, 0, 1, 0, 0, 0, 0, 0}, down.line(0));
        assertEquals("cross", up.indicator().lineName(0));
    }
}
