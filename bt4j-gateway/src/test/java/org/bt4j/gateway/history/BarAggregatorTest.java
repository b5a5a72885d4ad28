package org.bt4j.gateway.history;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.bt4j.gateway.market.Instrument;
import org.bt4j.gateway.market.InstrumentUniverse;
import org.bt4j.gateway.tape.SyntheticTape;
import org.junit.jupiter.api.Test;

class BarAggregatorTest {

    static final InstrumentUniverse U = InstrumentUniverse.defaults(LocalDate.of(2024, 1, 5));
    static final long S = 1_000_000_000L;
    static final long T0 = Instant.parse("2024-01-05T14:30:00Z").getEpochSecond() * S;
    final BarAggregator agg = new BarAggregator(new SyntheticTape(42, false), false);
    final Instrument aapl = U.byConId(265598);

    @Test
    void coarseBarsEqualTheirFineBarsFolded() {
        List<HistoricalBar> min = agg.bars(aapl, WhatToShow.TRADES, BarSize.MIN_1, T0, T0 + 3600 * S, false);
        List<HistoricalBar> fives = agg.bars(aapl, WhatToShow.TRADES, BarSize.SECS_5, T0, T0 + 3600 * S, false);
        assertEquals(60, min.size());
        for (HistoricalBar m : min) {
            List<HistoricalBar> in = fives.stream().filter(b -> b.start() >= m.start() && b.start() < m.start() + 60 * S).toList();
            assertEquals(in.get(0).open(), m.open());
            assertEquals(in.get(in.size() - 1).close(), m.close());
            assertEquals(in.stream().mapToDouble(HistoricalBar::high).max().getAsDouble(), m.high());
            assertEquals(in.stream().mapToDouble(HistoricalBar::low).min().getAsDouble(), m.low());
            assertEquals(in.stream().mapToDouble(HistoricalBar::volume).sum(), m.volume());
            assertEquals(in.stream().mapToInt(HistoricalBar::count).sum(), m.count());
            assertEquals(m, agg.window(aapl, WhatToShow.TRADES, m.start(), m.start() + 60 * S, false));
        }
    }

    @Test
    void backfillAfterAGapReproducesTheUninterruptedBars() {
        List<HistoricalBar> uninterrupted = agg.bars(aapl, WhatToShow.MIDPOINT, BarSize.SECS_5, T0, T0 + 600 * S, false);
        List<HistoricalBar> before = agg.bars(aapl, WhatToShow.MIDPOINT, BarSize.SECS_5, T0, T0 + 200 * S, false);
        List<HistoricalBar> gap = new BarAggregator(new SyntheticTape(42, false), false)
                .bars(aapl, WhatToShow.MIDPOINT, BarSize.SECS_5, T0 + 200 * S, T0 + 600 * S, false);
        List<HistoricalBar> joined = new java.util.ArrayList<>(before);
        joined.addAll(gap);
        assertEquals(uninterrupted, joined);
        assertEquals(-1, uninterrupted.get(0).volume());
    }

    @Test
    void rthHourlyBarsStartAtTheOpenAndDailyBarsAreDated() {
        long day = Instant.parse("2024-01-05T05:00:00Z").getEpochSecond() * S;
        List<HistoricalBar> h = agg.bars(aapl, WhatToShow.TRADES, BarSize.HOUR_1, day, day + 86_400 * S, true);
        assertEquals(7, h.size());
        assertEquals(T0, h.get(0).start(), "09:30 EST");
        assertEquals(T0 + 1800 * S, h.get(1).start(), "10:00 EST");
        List<HistoricalBar> d = agg.bars(aapl, WhatToShow.TRADES, BarSize.DAY_1, day - 7 * 86_400 * S, day + 86_400 * S, true);
        assertEquals(6, d.size(), "6 weekdays 29 Dec .. 5 Jan minus New Year's Day is not a tape holiday");
        assertEquals(LocalDate.of(2024, 1, 5), d.get(d.size() - 1).date());
        HistoricalBar last = d.get(d.size() - 1);
        assertEquals(h.get(0).open(), last.open());
        assertEquals(h.get(h.size() - 1).close(), last.close());
        List<HistoricalBar> w = agg.bars(aapl, WhatToShow.TRADES, BarSize.WEEK_1, day - 7 * 86_400 * S, day + 86_400 * S, true);
        assertEquals(2, w.size());
        assertEquals(d.get(d.size() - 1).close(), w.get(1).close());
    }

    @Test
    void bidAskBarsHaveIbShape() {
        HistoricalBar b = agg.bars(aapl, WhatToShow.BID_ASK, BarSize.MIN_1, T0, T0 + 60 * S, false).get(0);
        HistoricalBar bid = agg.bars(aapl, WhatToShow.BID, BarSize.MIN_1, T0, T0 + 60 * S, false).get(0);
        HistoricalBar ask = agg.bars(aapl, WhatToShow.ASK, BarSize.MIN_1, T0, T0 + 60 * S, false).get(0);
        assertEquals(ask.high(), b.high());
        assertEquals(bid.low(), b.low());
        assertTrue(b.open() >= bid.low() && b.open() <= bid.high());
        assertTrue(b.close() > b.open());
    }
}
