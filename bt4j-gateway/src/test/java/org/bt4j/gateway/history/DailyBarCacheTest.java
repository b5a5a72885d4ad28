package org.bt4j.gateway.history;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.bt4j.gateway.market.Instrument;
import org.bt4j.gateway.market.InstrumentUniverse;
import org.bt4j.gateway.tape.SyntheticTape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

class DailyBarCacheTest {

    static final InstrumentUniverse U = InstrumentUniverse.defaults(LocalDate.of(2024, 1, 5));
    static final long S = 1_000_000_000L;
    static final long DAY = 86_400 * S;
    /** A Wednesday, 12:00 New York: AAPL's regular session of that day is open. */
    static final long NOW = Instant.parse("2024-03-06T17:00:00Z").getEpochSecond() * S;
    final Instrument aapl = U.byConId(265598);
    final Instrument eurusd = U.byConId(12087792);
    final Instrument index = U.byConId(416904);

    /** The bars with every daily bar folded from the tape (the path without a cache). */
    static List<HistoricalBar> uncached(boolean followHours, Instrument ins, WhatToShow what, BarSize size, long from,
                                        long to, boolean rth) {
        return new BarAggregator(new SyntheticTape(7, followHours), followHours, new DailyBarCache(0))
                .bars(ins, what, size, from, to, rth);
    }

    private static void assertSameAsUncached(boolean followHours, BarAggregator cached, Instrument ins, WhatToShow what,
                                             long from, long to, boolean rth) {
        for (BarSize size : new BarSize[] {BarSize.DAY_1, BarSize.WEEK_1, BarSize.MONTH_1}) {
            List<HistoricalBar> expected = uncached(followHours, ins, what, size, from, to, rth);
            assertFalse(expected.isEmpty(), ins + " " + what + " " + size);
            // twice: the first call fills the cache, the second is served from it
            assertEquals(expected, cached.bars(ins, what, size, from, to, rth), ins + " " + what + " " + size + " rth " + rth);
            assertEquals(expected, cached.bars(ins, what, size, from, to, rth), ins + " " + what + " " + size + " rth " + rth);
        }
    }

    @Test
    void cachedBarsAreIdenticalToTheTapeFoldedOnesAcrossInstrumentsTypesAndHours() {
        long from = NOW - 40 * DAY;
        for (boolean followHours : new boolean[] {false, true}) {
            BarAggregator cached = new BarAggregator(new SyntheticTape(7, followHours), followHours, new DailyBarCache(10_000));
            for (WhatToShow what : WhatToShow.values()) {
                assertSameAsUncached(followHours, cached, aapl, what, from, NOW, true);
            }
            assertSameAsUncached(followHours, cached, aapl, WhatToShow.TRADES, NOW - 20 * DAY, NOW, false);
            assertSameAsUncached(followHours, cached, eurusd, WhatToShow.MIDPOINT, NOW - 12 * DAY, NOW, true);
            assertSameAsUncached(followHours, cached, eurusd, WhatToShow.BID_ASK, NOW - 12 * DAY, NOW, false);
            assertSameAsUncached(followHours, cached, index, WhatToShow.TRADES, from, NOW, true);
        }
    }

    @Test
    void theSessionStillOpenIsNeverStoredAndIsServedWholeOnceItHasEnded() {
        DailyBarCache days = new DailyBarCache(1_000);
        BarAggregator cached = new BarAggregator(new SyntheticTape(7, false), false, days);
        long from = NOW - 10 * DAY;
        long todayOpen = Instant.parse("2024-03-06T14:30:00Z").getEpochSecond() * S;
        long tomorrow = NOW + DAY;

        List<HistoricalBar> forming = cached.bars(aapl, WhatToShow.TRADES, BarSize.DAY_1, from, NOW, true);
        HistoricalBar partial = forming.get(forming.size() - 1);
        assertEquals(todayOpen, partial.start());
        assertNull(days.get(aapl, WhatToShow.TRADES, true, todayOpen), "the open session is not complete");
        assertNotNull(days.get(aapl, WhatToShow.TRADES, true, todayOpen - DAY), "yesterday's session is");
        assertEquals(uncached(false, aapl, WhatToShow.TRADES, BarSize.DAY_1, from, NOW, true), forming);

        List<HistoricalBar> ended = cached.bars(aapl, WhatToShow.TRADES, BarSize.DAY_1, from, tomorrow, true);
        HistoricalBar whole = ended.stream().filter(b -> b.start() == todayOpen).findFirst().orElseThrow();
        assertTrue(whole.volume() > partial.volume(), "the afternoon's trades are in once the session has ended");
        assertEquals(uncached(false, aapl, WhatToShow.TRADES, BarSize.DAY_1, from, tomorrow, true), ended);
        assertEquals(whole, days.get(aapl, WhatToShow.TRADES, true, todayOpen));
    }

    @Test
    void aSessionClippedByTheStartOfTheWindowIsNotStored() {
        DailyBarCache days = new DailyBarCache(1_000);
        BarAggregator cached = new BarAggregator(new SyntheticTape(7, false), false, days);
        long open = Instant.parse("2024-03-04T14:30:00Z").getEpochSecond() * S;
        long from = open + 3_600 * S;
        List<HistoricalBar> bars = cached.bars(aapl, WhatToShow.MIDPOINT, BarSize.DAY_1, from, NOW, true);
        assertEquals(uncached(false, aapl, WhatToShow.MIDPOINT, BarSize.DAY_1, from, NOW, true), bars);
        assertNull(days.get(aapl, WhatToShow.MIDPOINT, true, open));
        assertNotNull(days.get(aapl, WhatToShow.MIDPOINT, true, open + DAY));
        assertEquals(1, days.size());
    }

    @Test
    void sessionsWithoutDataAreRememberedAndNeverServed() {
        DailyBarCache days = new DailyBarCache(1_000);
        // a tape silent outside trading hours under an aggregator whose daily bars run around the
        // clock: the weekend days are sessions without data
        BarAggregator cached = new BarAggregator(new SyntheticTape(7, true), false, days);
        long from = NOW - 9 * DAY;
        List<HistoricalBar> bars = cached.bars(aapl, WhatToShow.TRADES, BarSize.DAY_1, from, NOW, false);
        assertEquals(bars, cached.bars(aapl, WhatToShow.TRADES, BarSize.DAY_1, from, NOW, false));
        long saturday = LocalDate.of(2024, 3, 2).atStartOfDay(aapl.zone()).toEpochSecond() * S;
        assertSame(DailyBarCache.NO_DATA, days.get(aapl, WhatToShow.TRADES, false, saturday));
        assertTrue(bars.stream().noneMatch(b -> b.date().equals(LocalDate.of(2024, 3, 2))));
    }

    @Test
    void memoryStaysWithinTheCapacityByDroppingTheLeastRecentlyUsedSeries() {
        DailyBarCache days = new DailyBarCache(12);
        days.put(aapl, WhatToShow.TRADES, true, 1, DailyBarCache.NO_DATA);
        days.put(aapl, WhatToShow.BID, true, 1, DailyBarCache.NO_DATA);
        for (int i = 2; i <= 10; i++) {
            days.put(aapl, WhatToShow.TRADES, true, i, DailyBarCache.NO_DATA);
        }
        assertEquals(11, days.size());
        assertNotNull(days.get(aapl, WhatToShow.BID, true, 1), "touch BID: TRADES is now the least recently used");
        days.put(eurusd, WhatToShow.MIDPOINT, false, 1, DailyBarCache.NO_DATA);
        days.put(eurusd, WhatToShow.MIDPOINT, false, 2, DailyBarCache.NO_DATA);
        assertNull(days.get(aapl, WhatToShow.TRADES, true, 1));
        assertNotNull(days.get(aapl, WhatToShow.BID, true, 1));
        assertEquals(3, days.size());
        for (int i = 3; i <= 30; i++) {
            days.put(eurusd, WhatToShow.MIDPOINT, false, i, DailyBarCache.NO_DATA);
        }
        assertEquals(12, days.size(), "a series alone stops growing at the capacity");
        assertNull(days.get(eurusd, WhatToShow.MIDPOINT, false, 30));

        DailyBarCache off = new DailyBarCache(0);
        off.put(aapl, WhatToShow.TRADES, true, 1, DailyBarCache.NO_DATA);
        assertNull(off.get(aapl, WhatToShow.TRADES, true, 1));
        assertThrows(IllegalArgumentException.class, () -> new DailyBarCache(-1));
    }

    /**
     * Wall time of 1 Y and 5 Y of {@code 1 day} bars (TRADES, around the clock) built from the tape,
     * then the same request again and a weekly one from the cache. Prints only; run with
     * {@code -Dbt4j.measure=true}.
     */
    @Test
    @EnabledIfSystemProperty(named = "bt4j.measure", matches = "true")
    void measure() {
        for (int years : new int[] {1, 5}) {
            long from = NOW - years * 365L * DAY;
            long t0 = System.nanoTime();
            uncached(false, aapl, WhatToShow.TRADES, BarSize.DAY_1, from, NOW, false);
            long t1 = System.nanoTime();
            BarAggregator cached = new BarAggregator(new SyntheticTape(7, false), false);
            cached.bars(aapl, WhatToShow.TRADES, BarSize.DAY_1, from, NOW, false);
            long t2 = System.nanoTime();
            cached.bars(aapl, WhatToShow.TRADES, BarSize.DAY_1, from + 3_600 * S, NOW + 3_600 * S, false);
            long t3 = System.nanoTime();
            cached.bars(aapl, WhatToShow.TRADES, BarSize.WEEK_1, from, NOW, false);
            long t4 = System.nanoTime();
            System.out.printf("%d Y of 1 day: uncached %.0f ms, first cached %.0f ms, repeat (window moved 1 h) %.1f ms,"
                    + " 1W from cache %.1f ms%n", years, (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6, (t4 - t3) / 1e6);
        }
    }
}
