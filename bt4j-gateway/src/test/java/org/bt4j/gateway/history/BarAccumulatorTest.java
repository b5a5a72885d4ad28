package org.bt4j.gateway.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.bt4j.gateway.tape.TapeCursor;
import org.junit.jupiter.api.Test;

class BarAccumulatorTest {

    private static final double EPS = 1e-9;
    private static final long START = 1_704_465_000L * 1_000_000_000L;

    /** One hand-set tape event at a time. */
    private static final class Event implements TapeCursor {
        double bid;
        double ask;
        double trade = Double.NaN;
        double size;

        Event quote(double b, double a) {
            bid = b;
            ask = a;
            trade = Double.NaN;
            size = 0;
            return this;
        }

        Event trade(double price, double qty) {
            trade = price;
            size = qty;
            return this;
        }

        @Override public boolean next(long limitNanos) { return false; }
        @Override public long time() { return START; }
        @Override public double bid() { return bid; }
        @Override public double ask() { return ask; }
        @Override public double bidSize() { return 100; }
        @Override public double askSize() { return 100; }
        @Override public boolean isTrade() { return !Double.isNaN(trade); }
        @Override public double tradePrice() { return trade; }
        @Override public double tradeSize() { return size; }
    }

    private final Event e = new Event();

    private void feed(BarAccumulator acc, double... bidAskTradeSize) {
        for (int i = 0; i < bidAskTradeSize.length; i += 4) {
            e.quote(bidAskTradeSize[i], bidAskTradeSize[i + 1]);
            if (!Double.isNaN(bidAskTradeSize[i + 2])) {
                e.trade(bidAskTradeSize[i + 2], bidAskTradeSize[i + 3]);
            }
            acc.accept(e);
        }
    }

    private static final double NO = Double.NaN;

    @Test
    void tradesBarsUsePrintsOnlyWithVolumeWeightedWap() {
        BarAccumulator acc = new BarAccumulator(WhatToShow.TRADES);
        assertFalse(acc.hasData());
        feed(acc, 9.0, 9.5, NO, 0,        // quote only: no effect on a TRADES bar
                9.9, 10.1, 10.0, 100,
                11.9, 12.1, 12.0, 200,
                8.9, 9.1, 9.0, 100,
                10.9, 11.1, 11.0, 100,
                20.0, 20.2, NO, 0);       // quote only
        assertTrue(acc.hasData());
        HistoricalBar b = acc.toBar(START, null);
        assertEquals(START, b.start());
        assertEquals(10.0, b.open());
        assertEquals(12.0, b.high());
        assertEquals(9.0, b.low());
        assertEquals(11.0, b.close());
        assertEquals(500.0, b.volume());
        // (10×100 + 12×200 + 9×100 + 11×100) / 500 = 5400 / 500
        assertEquals(10.8, b.wap(), EPS);
        assertEquals(4, b.count());
    }

    @Test
    void tradesWithoutSizeGiveTheCloseAsWap() {
        // index values print with size 0
        BarAccumulator acc = new BarAccumulator(WhatToShow.TRADES);
        feed(acc, 0, 0, 4800.25, 0, 0, 0, 4801.5, 0);
        HistoricalBar b = acc.toBar(START, null);
        assertEquals(0.0, b.volume());
        assertEquals(4801.5, b.wap());
        assertEquals(2, b.count());
    }

    @Test
    void quoteBarsUseEveryQuoteAndCarryNoVolume() {
        double[] events = {10.0, 10.2, NO, 0, 10.4, 10.8, 10.6, 100, 9.8, 10.0, NO, 0, 10.1, 10.3, NO, 0};
        BarAccumulator mid = new BarAccumulator(WhatToShow.MIDPOINT);
        BarAccumulator bid = new BarAccumulator(WhatToShow.BID);
        BarAccumulator ask = new BarAccumulator(WhatToShow.ASK);
        feed(mid, events);
        feed(bid, events);
        feed(ask, events);
        // mids 10.1, 10.6, 9.9, 10.2
        assertBar(mid.toBar(START, null), 10.1, 10.6, 9.9, 10.2);
        assertBar(bid.toBar(START, null), 10.0, 10.4, 9.8, 10.1);
        assertBar(ask.toBar(START, null), 10.2, 10.8, 10.0, 10.3);
        for (BarAccumulator a : new BarAccumulator[] {mid, bid, ask}) {
            HistoricalBar b = a.toBar(START, null);
            assertEquals(-1.0, b.volume());
            assertEquals(-1.0, b.wap());
            assertEquals(-1, b.count());
        }
    }

    @Test
    void bidAskBarsAreAverageBidHighestAskLowestBidAverageAsk() {
        BarAccumulator acc = new BarAccumulator(WhatToShow.BID_ASK);
        feed(acc, 10.0, 10.2, NO, 0, 10.1, 10.4, 10.2, 300, 9.9, 10.1, NO, 0);
        // open = (10.0 + 10.1 + 9.9) / 3, high = 10.4, low = 9.9, close = (10.2 + 10.4 + 10.1) / 3
        assertBar(acc.toBar(START, null), 10.0, 10.4, 9.9, 30.7 / 3);
        assertEquals(-1.0, acc.toBar(START, null).volume());
    }

    @Test
    void resetStartsAFreshBar() {
        BarAccumulator acc = new BarAccumulator(WhatToShow.TRADES);
        feed(acc, 0, 0, 50.0, 10, 0, 0, 60.0, 10);
        acc.reset();
        assertFalse(acc.hasData());
        feed(acc, 0, 0, 20.0, 5, 0, 0, 21.0, 5);
        HistoricalBar b = acc.toBar(START, null);
        assertBar(b, 20.0, 21.0, 20.0, 21.0);
        assertEquals(10.0, b.volume());
        assertEquals(20.5, b.wap(), EPS);
        assertEquals(2, b.count());
    }

    @Test
    void mergingDailyBarsMakesAWeek() {
        LocalDate monday = LocalDate.of(2024, 1, 8);
        BarAccumulator week = new BarAccumulator(WhatToShow.TRADES);
        week.merge(new HistoricalBar(START, monday, 10.0, 12.0, 9.0, 11.0, 500, 10.8, 4));
        week.merge(new HistoricalBar(START + 1, monday.plusDays(1), 11.0, 13.0, 10.5, 12.5, 300, 12.0, 3));
        HistoricalBar b = week.toBar(START, monday);
        assertSame(monday, b.date());
        assertBar(b, 10.0, 13.0, 9.0, 12.5);
        assertEquals(800.0, b.volume());
        // (10.8 × 500 + 12.0 × 300) / 800 = (5400 + 3600) / 800
        assertEquals(11.25, b.wap(), EPS);
        assertEquals(7, b.count());
    }

    @Test
    void mergingQuoteBarsIgnoresTheirMinusOneVolumes() {
        BarAccumulator week = new BarAccumulator(WhatToShow.MIDPOINT);
        week.merge(new HistoricalBar(START, null, 1.10, 1.12, 1.09, 1.11, -1, -1, -1));
        week.merge(new HistoricalBar(START, null, 1.11, 1.15, 1.10, 1.14, -1, -1, -1));
        HistoricalBar b = week.toBar(START, null);
        assertBar(b, 1.10, 1.15, 1.09, 1.14);
        assertEquals(-1.0, b.volume());
        assertEquals(-1, b.count());
    }

    @Test
    void mergingBidAskBarsAveragesTheirAverages() {
        BarAccumulator week = new BarAccumulator(WhatToShow.BID_ASK);
        week.merge(new HistoricalBar(START, null, 10.0, 10.6, 9.7, 10.2, -1, -1, -1));
        week.merge(new HistoricalBar(START, null, 11.0, 11.5, 10.8, 11.2, -1, -1, -1));
        assertBar(week.toBar(START, null), 10.5, 11.5, 9.7, 10.7);
    }

    private static void assertBar(HistoricalBar b, double o, double h, double l, double c) {
        assertEquals(o, b.open(), EPS, "open");
        assertEquals(h, b.high(), EPS, "high");
        assertEquals(l, b.low(), EPS, "low");
        assertEquals(c, b.close(), EPS, "close");
    }
}
