package org.bt4j.gateway.server;

import static org.bt4j.gateway.server.RawSession.show;
import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.time.Duration;
import org.bt4j.gateway.Gateway;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * Historical ticks and tick-by-tick streams from the tape, requested as IB's official client 10.30
 * does (raw request bytes): layouts per kind, counts, times, errors on the request's id.
 */
class TickDeskTest {

    @AutoClose
    final WednesdayGateway wednesday = new WednesdayGateway();
    final Gateway gw = wednesday.gw;
    static final String AAPL = "0|AAPL|STK||0.0|||SMART||USD|||";

    @Test
    void historicalTicksOfEachKind() throws IOException {
        try (RawSession s = RawSession.started(gw.port(), 3)) {
            s.send("96|31|" + AAPL + "0||20240103 10:00:00 US/Eastern|50|TRADES|1|1||");
            String[] last = s.await(98);
            assertEquals("31", last[1]);
            assertEquals("50", last[2], "the last 50 trades before the end");
            assertEquals(3 + 50 * 6 + 1, last.length, "time, mask, price, size, exchange, conditions per tick; done");
            assertEquals("1", last[last.length - 1], "done");
            long prev = 0;
            for (int i = 0; i < 50; i++) {
                long t = Long.parseLong(last[3 + i * 6]);
                assertTrue(t >= prev && t <= 1_704_294_000L, "ascending epoch seconds up to the end: " + t);
                prev = t;
                assertEquals("NASDAQ", last[3 + i * 6 + 4]);
            }
            s.send("96|32|" + AAPL + "0|20240103 09:30:00 US/Eastern||10|BID_ASK|1|1||");
            String[] ba = s.await(97);
            assertEquals(3 + 10 * 6 + 1, ba.length, "time, mask, bid, ask, bid size, ask size per tick; done");
            assertTrue(Long.parseLong(ba[3]) >= 1_704_292_200L, "from the start on");
            assertTrue(Double.parseDouble(ba[5]) < Double.parseDouble(ba[6]), "bid below ask");
            s.send("96|33|" + AAPL + "0|20240103 09:30:00 US/Eastern||5|MIDPOINT|1|1||");
            String[] mid = s.await(96);
            assertEquals(3 + 5 * 4 + 1, mid.length, "time, (empty), price, size per tick; done");
            assertEquals("", mid[4]);
            s.send("96|34|" + AAPL + "0|20240103 09:30:00 US/Eastern|20240103 10:00:00 US/Eastern|5|TRADES|1|1||");
            assertEquals("321", s.await(4, f -> f[2].equals("34"))[3], "start and end both given");
            s.send("96|35|" + AAPL + "0|||5|ASK|1|1||");
            assertEquals("321", s.await(4, f -> f[2].equals("35"))[3]);
        }
    }

    @Test
    void tickByTickStreamsUntilCancelled() throws IOException {
        try (RawSession s = RawSession.started(gw.port(), 3)) {
            s.send("97|41|" + AAPL + "AllLast|0|0|");
            s.send("97|42|" + AAPL + "BidAsk|0|0|");
            s.send("97|43|" + AAPL + "MidPoint|0|0|");
            s.send("97|44|" + AAPL + "Trades|0|0|");
            assertEquals("321", s.await(4, f -> f[2].equals("44"))[3], "an unknown tick type");
            gw.advance(Duration.ofSeconds(20));
            String[] trade = s.await(99, f -> f[1].equals("41"));
            assertEquals(9, trade.length, "AllLast: id, reqId, type, time, price, size, mask, exchange, conditions: " + show(trade));
            assertEquals("2", trade[2]);
            assertTrue(Long.parseLong(trade[3]) >= 1_704_294_000L);
            String[] quote = s.await(99, f -> f[1].equals("42"));
            assertEquals(9, quote.length, "BidAsk: id, reqId, 3, time, bid, ask, bid size, ask size, mask: " + show(quote));
            String[] mid = s.await(99, f -> f[1].equals("43"));
            assertEquals(5, mid.length, "MidPoint: id, reqId, 4, time, mid: " + show(mid));
            for (String id : new String[] {"41", "42", "43"}) {
                s.send("98|" + id + "|");
            }
            s.send("49|1|");
            s.await(49);
            int before = s.seen.size();
            gw.advance(Duration.ofSeconds(20));
            s.send("49|1|");
            s.await(49);
            assertTrue(s.seen.subList(before, s.seen.size()).stream().noneMatch(f -> f[0].equals("99")),
                    "nothing after the cancels");
        }
    }
}
