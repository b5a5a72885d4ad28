package org.bt4j.gateway.tape;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bt4j.gateway.market.Instrument;
import org.bt4j.gateway.market.InstrumentUniverse;
import org.junit.jupiter.api.Test;

class SyntheticTapeTest {

    static final InstrumentUniverse U = InstrumentUniverse.defaults(LocalDate.of(2024, 1, 5));
    static final long T0 = Instant.parse("2024-01-05T15:00:00Z").getEpochSecond() * 1_000_000_000L;
    static final long S = 1_000_000_000L;

    private static List<Quote> events(Tape tape, Instrument ins, long from, long to) {
        List<Quote> out = new ArrayList<>();
        TapeCursor c = tape.cursor(ins, from);
        while (c.next(to)) {
            out.add(Quote.of(c));
        }
        return out;
    }

    @Test
    void sameSeedSameTapeWhereverTheCursorStarts() {
        Instrument aapl = U.byConId(265598);
        List<Quote> whole = events(new SyntheticTape(7, false), aapl, T0, T0 + 120 * S);
        List<Quote> tail = events(new SyntheticTape(7, false), aapl, T0 + 60 * S, T0 + 120 * S);
        assertFalse(tail.isEmpty());
        assertEquals(whole.subList(whole.size() - tail.size(), whole.size()), tail);
        assertNotEquals(whole, events(new SyntheticTape(8, false), aapl, T0, T0 + 120 * S));
    }

    @Test
    void eventsAreSubSecondOrderedOnTickAndQuoteIsSane() {
        Instrument aapl = U.byConId(265598);
        List<Quote> ev = events(new SyntheticTape(1, false), aapl, T0, T0 + 600 * S);
        assertTrue(ev.size() > 600, "about two events a second in liquid hours: " + ev.size());
        long prev = Long.MIN_VALUE;
        boolean subSecond = false;
        for (Quote q : ev) {
            assertTrue(q.time() > prev);
            subSecond |= q.time() % S != 0;
            prev = q.time();
            assertTrue(q.ask() > q.bid());
            assertTrue(aapl.onTick(q.bid()) && aapl.onTick(q.ask()));
            if (!Double.isNaN(q.last())) {
                assertTrue(q.last() == q.bid() || q.last() == q.ask());
                assertTrue(q.lastSize() > 0);
            }
            assertTrue(q.bid() > 100 && q.bid() < 300);
        }
        assertTrue(subSecond);
    }

    @Test
    void forexQuotesOnlyIndicesPrintValuesOnly() {
        for (Quote q : events(new SyntheticTape(1, false), U.byConId(12087792), T0, T0 + 30 * S)) {
            assertTrue(Double.isNaN(q.last()));
        }
        for (Quote q : events(new SyntheticTape(1, false), U.byConId(416904), T0, T0 + 30 * S)) {
            assertEquals(q.bid(), q.last());
            assertEquals(0, q.lastSize());
        }
    }

    @Test
    void followingHoursSilencesClosedMarkets() {
        Instrument aapl = U.byConId(265598);
        long saturday = Instant.parse("2024-01-06T15:00:00Z").getEpochSecond() * S;
        assertTrue(events(new SyntheticTape(1, true), aapl, saturday, saturday + 3600 * S).isEmpty());
        assertFalse(events(new SyntheticTape(1, false), aapl, saturday, saturday + 3600 * S).isEmpty());
        TapeCursor c = new SyntheticTape(1, true).cursor(aapl, saturday);
        assertTrue(c.next(Long.MAX_VALUE));
        assertEquals(Instant.parse("2024-01-08T09:00:00Z").getEpochSecond() * S, c.time() - c.time() % S);
        Quote q = new SyntheticTape(1, true).quoteAt(aapl, saturday);
        assertNotNull(q);
        assertTrue(q.time() < Instant.parse("2024-01-06T01:00:00Z").getEpochSecond() * S);
    }
}
