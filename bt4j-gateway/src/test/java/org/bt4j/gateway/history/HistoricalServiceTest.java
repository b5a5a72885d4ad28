package org.bt4j.gateway.history;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Instant;
import java.time.ZoneId;
import org.bt4j.gateway.market.Instrument;
import org.bt4j.gateway.tape.SyntheticTape;
import org.junit.jupiter.api.Test;

class HistoricalServiceTest {

    static final long S = 1_000_000_000L;
    static final long NOW = Instant.parse("2024-01-05T21:00:00Z").getEpochSecond() * S;
    final Instrument aapl = BarAggregatorTest.U.byConId(265598);
    final Instrument eur = BarAggregatorTest.U.byConId(12087792);

    private HistoricalService service(HistoricalPacing pacing) {
        return new HistoricalService(new BarAggregator(new SyntheticTape(3, false), false), pacing,
                ZoneId.of("US/Eastern"), 600_000);
    }

    @Test
    void servesOneRthDayOfMinutesEndingAtAZonedTime() {
        var r = service(HistoricalPacing.off()).request(aapl, "20240105 16:00:00 US/Eastern", "1 min", "1 D", true,
                "TRADES", false, NOW);
        assertFalse(r.failed(), r.errorText());
        assertEquals(390, r.bars().size());
        assertEquals(Instant.parse("2024-01-05T14:30:00Z").getEpochSecond(), r.bars().get(0).startSeconds());
        var utc = service(HistoricalPacing.off()).request(aapl, "20240105-21:00:00", "1 min", "1 D", true, "TRADES",
                false, NOW);
        assertEquals(r.bars(), utc.bars());
    }

    @Test
    void validatesLikeTws() {
        HistoricalService s = service(HistoricalPacing.off());
        assertEquals(321, s.request(aapl, "", "7 mins", "1 D", false, "TRADES", false, NOW).errorCode());
        assertEquals(321, s.request(aapl, "", "1 min", "1 day", false, "TRADES", false, NOW).errorCode());
        assertEquals(321, s.request(aapl, "", "1 min", "1 D", false, "NOPE", false, NOW).errorCode());
        assertEquals(162, s.request(aapl, "", "1 secs", "2001 S", false, "TRADES", false, NOW).errorCode());
        assertEquals(162, s.request(aapl, "", "1 day", "366 D", false, "TRADES", false, NOW).errorCode());
        assertEquals(162, s.request(eur, "", "1 min", "1 D", false, "TRADES", false, NOW).errorCode());
        assertEquals(162, s.request(aapl, "20230101 10:00:00 US/Eastern", "5 secs", "60 S", false, "TRADES", false, NOW).errorCode());
        assertEquals(321, s.request(aapl, "20240105 10:00:00 US/Eastern", "5 secs", "60 S", false, "TRADES", true, NOW).errorCode());
        assertEquals(10314, s.request(aapl, "2024-01-05 10:00", "1 min", "1 D", false, "TRADES", false, NOW).errorCode());
        assertFalse(s.request(eur, "", "1 hour", "1 W", false, "BID_ASK", false, NOW).failed());
    }

    @Test
    void enforcesIbPacing() {
        HistoricalService s = service(HistoricalPacing.ib());
        assertFalse(s.request(aapl, "", "1 min", "1800 S", false, "TRADES", false, NOW).failed());
        var again = s.request(aapl, "", "1 min", "1800 S", false, "TRADES", false, NOW + 10 * S);
        assertEquals(162, again.errorCode());
        assertTrue(again.errorText().contains("pacing violation"), again.errorText());
        assertFalse(s.request(aapl, "", "1 min", "1800 S", false, "TRADES", false, NOW + 16 * S).failed());
    }
}
