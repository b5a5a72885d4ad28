package org.bt4j.gateway.history;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.bt4j.gateway.market.Instrument;
import org.bt4j.gateway.tape.SyntheticTape;
import org.junit.jupiter.api.Test;

class HistoricalServiceTest {

    static final long S = 1_000_000_000L;
    static final String TOO_LONG = "Historical Market Data Service error message:Time length exceed max.";
    static final long NOW = Instant.parse("2024-01-05T21:00:00Z").getEpochSecond() * S;
    final Instrument aapl = BarAggregatorTest.U.byConId(265598);
    final Instrument eur = BarAggregatorTest.U.byConId(12087792);

    private HistoricalService service(HistoricalPacing pacing) {
        return service(pacing, true, 600_000);
    }

    private HistoricalService service(HistoricalPacing pacing, boolean stepLimit, long maxBars) {
        return new HistoricalService(new BarAggregator(new SyntheticTape(3, false), false), pacing,
                ZoneId.of("US/Eastern"), maxBars, stepLimit);
    }

    @Test
    void admitValidatesWithoutBuildingAndLargeMeansManyUncachedDaysOfTape() {
        HistoricalService s = service(HistoricalPacing.off());
        var months = s.admit(aapl, "", "1 day", "2 M", true, "TRADES", false, NOW);
        assertFalse(months.failed(), months.errorText());
        assertTrue(months.bars().isEmpty(), "admit builds nothing");
        assertTrue(s.isLarge(months.request()), "about 40 sessions to fold");
        List<HistoricalBar> built = s.build(months.request());
        assertFalse(s.isLarge(months.request()), "the completed sessions are cached now");
        assertEquals(built, s.request(aapl, "", "1 day", "2 M", true, "TRADES", false, NOW).bars());
        assertEquals(162, s.admit(aapl, "", "1 min", "1 Y", true, "TRADES", false, NOW).errorCode());
        assertFalse(s.isLarge(s.admit(aapl, "", "30 mins", "2 W", false, "TRADES", false, NOW).request()), "14 days");
        assertTrue(s.isLarge(s.admit(aapl, "", "30 mins", "1 M", false, "TRADES", false, NOW).request()), "a month");
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
    void stepTableGivesTheLongestDurationPerBarSize() {
        long d = 86_400;
        Map<BarSize, Long> expected = new EnumMap<>(BarSize.class);
        expected.put(BarSize.SECS_1, 2_000L);
        expected.put(BarSize.SECS_5, 3_600L);
        expected.put(BarSize.SECS_10, 14_400L);
        expected.put(BarSize.SECS_15, 14_400L);
        expected.put(BarSize.SECS_30, 28_800L);
        expected.put(BarSize.MIN_1, d);
        expected.put(BarSize.MINS_2, 2 * d);
        for (BarSize b : List.of(BarSize.MINS_3, BarSize.MINS_5, BarSize.MINS_10, BarSize.MINS_15, BarSize.MINS_20)) {
            expected.put(b, 7 * d);
        }
        for (BarSize b : List.of(BarSize.MINS_30, BarSize.HOUR_1, BarSize.HOURS_2, BarSize.HOURS_3, BarSize.HOURS_4,
                BarSize.HOURS_8)) {
            expected.put(b, 30 * d);
        }
        for (BarSize b : List.of(BarSize.DAY_1, BarSize.WEEK_1, BarSize.MONTH_1)) {
            expected.put(b, Long.MAX_VALUE);
        }
        assertEquals(BarSize.values().length, expected.size(), "every bar size has a row");
        for (BarSize b : BarSize.values()) {
            assertEquals(expected.get(b), HistoricalService.maxStepSeconds(b), b.ib());
        }
    }

    /**
     * Each row of the step table: its longest durations pass, the next longer ones are refused with 162.
     * Intraday edges are served in full; day, week and month bars (which only the per-unit maxima limit)
     * would take seconds per year to build from the tape, so a one-bar cap shows that they passed the
     * step rule and reached the bar-count guard.
     */
    @Test
    void stepTableAllowsEachRowsEdgeAndRefusesTheNextDuration() {
        HistoricalService s = service(HistoricalPacing.off());
        HistoricalService oneBar = service(HistoricalPacing.off(), true, 1);
        String[][] rows = {
            // bar size, allowed edges ..., "|", first refused ...
            {"1 secs", "2000 S", "|", "2001 S"},
            {"5 secs", "3600 S", "|", "3601 S", "1 D"},
            {"10 secs", "14400 S", "|", "14401 S"},
            {"15 secs", "14400 S", "|", "14401 S"},
            {"30 secs", "28800 S", "|", "28801 S", "1 D"},
            {"1 min", "86400 S", "1 D", "|", "2 D", "1 W"},
            {"2 mins", "2 D", "|", "3 D", "1 W"},
            {"3 mins", "7 D", "1 W", "|", "8 D", "2 W"},
            {"20 mins", "1 W", "|", "8 D", "2 W", "1 M"},
            {"30 mins", "30 D", "4 W", "1 M", "|", "31 D", "5 W", "2 M"},
            {"8 hours", "1 M", "|", "31 D", "2 M", "1 Y"},
            {"1 day", "1 Y", "365 D", "68 Y", "|", "366 D", "69 Y"},
            {"1W", "52 W", "68 Y", "|", "53 W", "69 Y"},
            {"1M", "12 M", "68 Y", "|", "13 M", "69 Y"},
        };
        for (String[] row : rows) {
            boolean daily = BarSize.parseOrNull(row[0]).isDaily();
            boolean refused = false;
            for (int i = 1; i < row.length; i++) {
                if (row[i].equals("|")) {
                    refused = true;
                    continue;
                }
                String what = row[0] + " for " + row[i];
                var r = (daily ? oneBar : s).request(aapl, "", row[0], row[i], false, "TRADES", false, NOW);
                if (refused) {
                    assertEquals(162, r.errorCode(), what);
                    assertTrue(r.errorText().startsWith(TOO_LONG) && !r.errorText().contains("requested"),
                            what + ": " + r.errorText());
                } else if (daily) {
                    assertTrue(r.errorText().contains("bars of " + row[0] + " requested"), what + ": " + r.errorText());
                } else {
                    assertFalse(r.failed(), what + ": " + r.errorText());
                    assertFalse(r.bars().isEmpty(), what);
                }
            }
        }
        var year = s.request(aapl, "", "1 min", "1 Y", false, "TRADES", false, NOW);
        assertEquals(TOO_LONG + " (IB's step sizes allow at most 1 D of 1 min bars; request a shorter duration or "
                + "larger bars)", year.errorText());
    }

    @Test
    void withoutTheStepLimitOnlyTheUnitMaximaAndTheBarCapRefuse() {
        HistoricalService open = service(HistoricalPacing.off(), false, 20_000);
        var week = open.request(aapl, "", "1 min", "1 W", false, "TRADES", false, NOW);
        assertFalse(week.failed(), week.errorText());
        assertTrue(week.bars().size() > 1440, "more than the step table's day: " + week.bars().size());
        var year = open.request(aapl, "", "1 min", "1 Y", false, "TRADES", false, NOW);
        assertEquals(162, year.errorCode());
        assertTrue(year.errorText().contains("bars of 1 min requested, at most 20000"), year.errorText());
        assertEquals(162, open.request(aapl, "", "1 secs", "2001 S", false, "TRADES", false, NOW).errorCode());
        assertEquals(162, open.request(aapl, "", "1 day", "366 D", false, "TRADES", false, NOW).errorCode());
    }

    @Test
    void aPreV100ClientGetsTheStepsTws9xAnsweredOnlyTheUnitMaximaAndBarCapApply() {
        HistoricalService s = service(HistoricalPacing.off());
        // backtrader's IB store asks for 7200 S of 5-second bars: refused for a current client...
        assertEquals(162, s.admit(aapl, "", "5 secs", "7200 S", false, "TRADES", false, NOW).errorCode());
        // ...answered for IbPy's era, as in the seed post
        var legacy = s.admit(aapl, "", "5 secs", "7200 S", false, "TRADES", false, NOW, false);
        assertFalse(legacy.failed(), legacy.errorText());
        assertEquals(1440, (legacy.request().end() - legacy.request().start()) / (5 * S));
        assertEquals(162, s.admit(aapl, "", "1 secs", "2001 S", false, "TRADES", false, NOW, false).errorCode());
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
