package org.bt4j.indicator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class NonZeroDifferenceTest {

    @Test
    void zeroDifferenceKeepsThePreviousOne() {
        // a = close, b = SMA(close, 1) shifted: use two SMAs so both inputs are lines of the feed clock
        double[] closes = {5, 3, 3, 4, 4, 2};
        Runs.Result r = Runs.both(() -> ArrayFeed.ofCloses(closes),
            f -> new NonZeroDifference(f.close(), new MovingAverageSimple(f.close(), 2).line(0)));
        // sma2: nan, 4, 3, 3.5, 4, 3 ; d: -, -1, 0, 0.5, 0, -1
        assertArrayEquals(new double[] {Double.NaN, -1, -1, 0.5, 0.5, -1}, r.line(0));
    }
}
