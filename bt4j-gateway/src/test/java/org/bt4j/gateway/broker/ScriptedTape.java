package org.bt4j.gateway.broker;

import java.util.ArrayList;
import java.util.List;
import org.bt4j.gateway.market.Instrument;
import org.bt4j.gateway.tape.Tape;
import org.bt4j.gateway.tape.TapeCursor;

/**
 * A hand-written tape for matching tests: a list of events (quote, optional trade) of one
 * instrument, each a second apart from {@link #T0}. One thread.
 */
final class ScriptedTape implements Tape {

    /** 2024-01-05 15:00:00 UTC (10:00 New York): inside US liquid hours. */
    static final long T0 = 1_704_466_800L * 1_000_000_000L;
    static final long S = 1_000_000_000L;

    record Event(long time, double bid, double ask, double bidSize, double askSize, double trade, double tradeSize) {
    }

    final List<Event> events = new ArrayList<>();

    /** Adds a quote-only event one second after the previous one. */
    ScriptedTape quote(double bid, double ask, double bidSize, double askSize) {
        events.add(new Event(nextTime(), bid, ask, bidSize, askSize, Double.NaN, 0));
        return this;
    }

    /** Adds a trade print (with the standing quote) one second after the previous event. */
    ScriptedTape trade(double bid, double ask, double size, double price) {
        events.add(new Event(nextTime(), bid, ask, size, size, price, size));
        return this;
    }

    private long nextTime() {
        return T0 + (events.size() + 1) * S;
    }

    @Override
    public TapeCursor cursor(Instrument instrument, long fromNanos) {
        return new Cursor(fromNanos);
    }

    /** Feeds every event to {@code m} in order, as the gateway's driver does. */
    void play(MatchingEngine m, Instrument ins) {
        Cursor c = new Cursor(Long.MIN_VALUE);
        while (c.next(Long.MAX_VALUE)) {
            m.onEvent(ins, c);
        }
    }

    private final class Cursor implements TapeCursor {
        private int i = -1;
        private final long from;

        Cursor(long from) {
            this.from = from;
        }

        @Override
        public boolean next(long limitNanos) {
            int j = i + 1;
            while (j < events.size() && events.get(j).time < from) {
                j++;
            }
            if (j >= events.size() || events.get(j).time >= limitNanos) {
                return false;
            }
            i = j;
            return true;
        }

        private Event e() {
            return events.get(i);
        }

        @Override public long time() { return e().time; }
        @Override public double bid() { return e().bid; }
        @Override public double ask() { return e().ask; }
        @Override public double bidSize() { return e().bidSize; }
        @Override public double askSize() { return e().askSize; }
        @Override public boolean isTrade() { return !Double.isNaN(e().trade); }
        @Override public double tradePrice() { return e().trade; }
        @Override public double tradeSize() { return e().tradeSize; }
    }
}
