package org.bt4j.gateway.tape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bt4j.gateway.market.Instrument;
import org.bt4j.gateway.market.SecType;
import org.junit.jupiter.api.Test;

class CompositeTapeTest {

    /** A tape that only records which instrument and start time it was asked for. */
    private static final class Probe implements Tape {
        final List<String> asked = new ArrayList<>();

        @Override
        public TapeCursor cursor(Instrument instrument, long fromNanos) {
            asked.add(instrument.localSymbol() + "@" + fromNanos);
            return null;
        }
    }

    private final Probe aaplTape = new Probe();
    private final Probe esTape = new Probe();
    private final Probe esh4Tape = new Probe();
    private final Probe fallback = new Probe();

    private final Instrument aapl = Instrument.builder("AAPL", SecType.STK).conId(265598).build();
    private final Instrument lowerCase = Instrument.builder("aapl", SecType.STK).conId(1).build();
    private final Instrument esh4 = Instrument.builder("ES", SecType.FUT).conId(2).localSymbol("ESH4").build();
    private final Instrument esm4 = Instrument.builder("ES", SecType.FUT).conId(3).localSymbol("ESM4").build();
    private final Instrument msft = Instrument.builder("MSFT", SecType.STK).conId(272093).build();

    private CompositeTape tape() {
        return new CompositeTape(Map.of("AAPL", aaplTape, "ES", esTape, "ESH4", esh4Tape), fallback);
    }

    @Test
    void localSymbolWinsOverSymbol() {
        assertSame(esh4Tape, tape().tapeFor(esh4));
        assertSame(esTape, tape().tapeFor(esm4), "other ES contracts fall back to the symbol's tape");
    }

    @Test
    void matchingIgnoresCase() {
        assertSame(aaplTape, tape().tapeFor(aapl));
        assertSame(aaplTape, tape().tapeFor(lowerCase));
    }

    @Test
    void everythingElseGoesToTheFallback() {
        assertSame(fallback, tape().tapeFor(msft));
    }

    @Test
    void cursorsComeFromTheRoutedTapeWithTheSameStart() {
        CompositeTape t = tape();
        t.cursor(esh4, 5L);
        t.cursor(msft, 7L);
        assertEquals(List.of("ESH4@5"), esh4Tape.asked);
        assertEquals(List.of("MSFT@7"), fallback.asked);
        assertEquals(List.of(), esTape.asked);
    }

    @Test
    void laterChangesToTheCallersMapDoNotReroute() {
        Map<String, Tape> m = new HashMap<>(Map.of("AAPL", aaplTape));
        CompositeTape t = new CompositeTape(m, fallback);
        m.put("MSFT", aaplTape);
        assertSame(fallback, t.tapeFor(msft));
    }
}
