package org.bt4j.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link StandardDeviation}: population deviation {@code sqrt(avg(x^2) - mean^2)}. */
class StandardDeviationTest {

    @Test
    void textbookExampleIsTwo() {
        Runs.Result r = Hand.onCloses(x -> new StandardDeviation(x, 8, MovAv.SMA, false), 2, 4, 4, 4, 5, 5, 7, 9);
        Hand.assertNames(r, "stddev");
        Hand.assertWarmup(r, 0, 8);
        assertEquals(2.0, r.line(0)[7], 1e-12);
    }

    @Test
    void constantSeriesHasNoDeviation() {
        Runs.Result r = Hand.onCloses(x -> new StandardDeviation(x, 3, MovAv.SMA, false), 4, 4, 4, 4);
        Hand.assertLine(r, 0, Double.NaN, Double.NaN, 0, 0);
    }

    @Test
    void aroundAGivenMean() {
        // window 1, 3 around the mean 1: sqrt((1 + 9) / 2 - 1) = 2
        Runs.Result r = Hand.onCloses(x -> new StandardDeviation(x, LineOp.add(LineOp.mul(x, 0.0), 1.0), 2, MovAv.SMA, false), 1, 3);
        Hand.assertLine(r, 0, Double.NaN, 2);
    }

    @Test
    void safepowClampsANegativeVarianceToZero() {
        // around the mean 10 the "variance" (1 + 4) / 2 - 100 is negative
        Runs.Result r = Hand.onCloses(x -> new StandardDeviation(x, LineOp.add(LineOp.mul(x, 0.0), 10.0), 2, MovAv.SMA, true), 1, 2);
        Hand.assertLine(r, 0, Double.NaN, 0);
    }

    @Test
    void matchesTheDefinitionWithAnotherAverage() {
        double[] x = Hand.wave(20);
        Runs.Result r = Hand.onCloses(in -> new StandardDeviation(in, 4, MovAv.EMA, false), x);
        double[] mean = Hand.ema(x, 4);
        double[] meansq = Hand.ema(Hand.map(x, v -> v * v), 4);
        Hand.assertLine(r, 0, Hand.zip(meansq, mean, (q, m) -> Math.sqrt(q - m * m)));
    }

    @Test
    void parametersAreBacktradersCode() {
        // safepow True as in backtrader's params (its docstring says False), the mean's class by name
        try (org.bt4j.line.LineContext ignored = org.bt4j.line.LineContext.open()) {
            assertEquals("{period=20, movav=MovingAverageSimple, safepow=true}",
                    new StandardDeviation(ArrayFeed.ofCloses(1, 2, 3).close()).params().toString());
        }
    }

    @Test
    void defaultsArePeriod20() {
        Hand.assertWarmup(Hand.onCloses(StandardDeviation::new, Hand.wave(25)), 0, 20);
    }
}
