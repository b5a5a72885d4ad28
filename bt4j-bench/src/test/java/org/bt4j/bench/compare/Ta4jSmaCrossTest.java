package org.bt4j.bench.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ta4j.core.BarSeries;

class Ta4jSmaCrossTest {

    @Test
    void seriesHoldsEveryBarAndTheRunKeepsItsBooksConsistent() {
        BarColumns bars = BarColumns.minute(42, 100_000, 20_000);
        BarSeries series = Ta4jSmaCross.series(bars);
        assertEquals(20_000, series.getBarCount());
        assertEquals(bars.close()[19_999], series.getLastBar().getClosePrice().doubleValue());
        assertEquals(bars.open()[0], series.getBar(0).getOpenPrice().doubleValue());
        SmaCrossResult r = Ta4jSmaCross.run(series);
        assertTrue(r.closedTrades() > 100, r.toString());
        assertEquals(2 * r.closedTrades() + (int) r.position(), r.completedOrders());
        assertEquals(r.finalCash() + r.position() * bars.close()[19_999], r.finalValue(), 1e-9);
    }
}
