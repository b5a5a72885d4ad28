package org.bt4j.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bt4j.line.LineContext;
import org.bt4j.util.FSum;
import org.bt4j.util.PyFormat;
import org.junit.jupiter.api.Test;

class MovingAverageSimpleTest {

    @Test
    void backtradersOwnTestValues() {
        // test_ind_sma: SMA(30) on 2006-day-001, checked at bars 254, 29, 141
        Runs.Result r = Runs.both(ArrayFeed::bt2006, f -> new MovingAverageSimple(f.close()));
        assertEquals(30, r.indicator().minPeriod());
        double[] sma = r.line(0);
        assertEquals("4063.463000", PyFormat.fixed(sma[254], 6));
        assertEquals("3644.444667", PyFormat.fixed(sma[29], 6));
        assertEquals("3554.693333", PyFormat.fixed(sma[141], 6));
        assertTrue(Double.isNaN(sma[28]));
        assertEquals("sma", r.indicator().lineName(0));
    }

    @Test
    void meanIsTheCorrectlyRoundedSumDividedByPeriod() {
        double[] closes = {0.1, 0.2, 0.3, 0.1, 0.7, 1e16, 1.0, -1e16, 3.0};
        Runs.Result r = Runs.both(() -> ArrayFeed.ofCloses(closes), f -> new MovingAverageSimple(f.close(), 3));
        FSum exact = new FSum();
        for (int i = 2; i < closes.length; i++) {
            assertEquals(exact.sum(closes, i - 2, i + 1) / 3, r.line(0)[i], "bar " + i);
        }
    }

    @Test
    void minimumPeriodsAdd() {
        // SMA(SMA(3), 2) has 4, as in backtrader
        Runs.Result r = Runs.both(() -> ArrayFeed.ofCloses(1, 2, 3, 4, 5, 6),
            f -> new MovingAverageSimple(new MovingAverageSimple(f.close(), 3).line(0), 2));
        assertEquals(4, r.indicator().minPeriod());
        assertEquals(3.5, r.line(0)[4]);
        assertTrue(Double.isNaN(r.line(0)[2]));
    }

    @Test
    void badPeriodIsOneClearError() {
        try (LineContext ignored = LineContext.open()) {
            ArrayFeed f = ArrayFeed.ofCloses(1, 2);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new MovingAverageSimple(f.close(), 0));
            assertEquals("period must be >= 1, got 0", e.getMessage());
        }
    }
}
