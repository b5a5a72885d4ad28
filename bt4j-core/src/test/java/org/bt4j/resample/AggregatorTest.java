package org.bt4j.resample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.bt4j.feed.Bar;
import org.bt4j.time.EpochNanos;
import org.bt4j.time.TimeFrame;
import org.bt4j.time.ZoneConverter;
import org.junit.jupiter.api.Test;

/**
 * {@link Aggregator}, driven directly: backtrader's bar update ({@code bupdate}), session-end
 * lookup, "on edge" and "bar over" tests for intraday, daily, weekly, monthly and yearly targets,
 * the compression count, and the restamping of a bar to its right or left edge.
 */
class AggregatorTest {

    private static final LocalTime EOD = EpochNanos.DEFAULT_SESSION_END;

    private static long utc(int y, int mo, int d, int h, int mi, int s) {
        return EpochNanos.of(y, mo, d, h, mi, s, 0);
    }

    private static long at(String zone, LocalDateTime t) {
        java.time.Instant i = t.atZone(ZoneId.of(zone)).toInstant();
        return i.getEpochSecond() * 1_000_000_000L + i.getNano();
    }

    private static Aggregator agg(ResampleParams p, TimeFrame source, int sourceComp) {
        return new Aggregator(p, source, sourceComp, ZoneConverter.of(ZoneOffset.UTC), EOD, null);
    }

    private static Bar bar(long t, double o, double h, double l, double c, double v, double oi) {
        return new Bar().set(t, o, h, l, c, v, oi);
    }

    @Test
    void updateKeepsTheFirstOpenExtremesLastCloseAndSummedVolume() {
        Aggregator a = agg(ResampleParams.resample(TimeFrame.Minutes, 5), TimeFrame.Minutes, 1);
        assertFalse(a.isOpen());
        assertEquals(Aggregator.MAXDATE, a.time);
        a.update(bar(1, 10, 12, 9, 11, 100, 7), false);
        a.update(bar(2, 11, 15, 10, 14, 50, 8), false);
        a.update(bar(3, 14, 14, 8, 9, 25, 9), false);
        assertTrue(a.isOpen());
        Bar out = a.copyTo(new Bar());
        assertEquals(bar(3, 10, 15, 8, 9, 175, 9).toString(), out.toString());
        a.update(bar(4, 20, 21, 19, 20.5, 5, 1), true); // reopen: a fresh bar from this one
        assertEquals(bar(4, 20, 21, 19, 20.5, 5, 1).toString(), a.copyTo(new Bar()).toString());
        a.start(true);
        assertFalse(a.isOpen());
        assertEquals(Aggregator.MAXDATE, a.time);
        assertEquals(0.0, a.volume);
    }

    @Test
    void nextSessionEndIsTheFirstAtOrAfterTheTimeInTheSourceZone() {
        Aggregator a = agg(ResampleParams.resample(TimeFrame.Days, 1), TimeFrame.Minutes, 1);
        long eod = EpochNanos.of(2020, 3, 2, 23, 59, 59, 999_990_000);
        assertEquals(eod, a.nextEos(utc(2020, 3, 2, 10, 0, 0)));
        assertEquals(eod, a.nextEos(eod));
        assertEquals(eod + EpochNanos.DAY, a.nextEos(eod + 1));

        Aggregator ny = new Aggregator(ResampleParams.resample(TimeFrame.Days, 1), TimeFrame.Minutes, 1,
                ZoneConverter.of(ZoneId.of("America/New_York")), LocalTime.of(16, 0), null);
        // Saturday evening before the switch to summer time: next 16:00 is Sunday's, at UTC-4
        assertEquals(at("America/New_York", LocalDateTime.of(2021, 3, 14, 16, 0)),
                ny.nextEos(at("America/New_York", LocalDateTime.of(2021, 3, 13, 17, 0))));
    }

    @Test
    void intradayOnEdgeNeedsAnExactMultipleOfTheCompression() {
        Aggregator a = agg(ResampleParams.resample(TimeFrame.Minutes, 5), TimeFrame.Minutes, 1);
        int both = Aggregator.ON_EDGE | Aggregator.CHECK_OVER;
        assertEquals(both, a.dataOnEdge(utc(2020, 3, 2, 9, 35, 0)));
        assertEquals(Aggregator.CHECK_OVER, a.dataOnEdge(utc(2020, 3, 2, 9, 36, 0)));
        assertEquals(Aggregator.CHECK_OVER, a.dataOnEdge(utc(2020, 3, 2, 9, 35, 30))); // not on a minute
        Aggregator shifted = agg(ResampleParams.resample(TimeFrame.Minutes, 5).withBoundoff(1), TimeFrame.Minutes, 1);
        assertEquals(both, shifted.dataOnEdge(utc(2020, 3, 2, 9, 34, 0))); // 574 + 1 is a multiple of 5
    }

    @Test
    void intradayBarIsOverOnlyWhenAPointCrossesTheCompressionEdge() {
        Aggregator a = agg(ResampleParams.resample(TimeFrame.Minutes, 5), TimeFrame.Minutes, 1);
        a.update(bar(utc(2020, 3, 2, 9, 31, 0), 1, 1, 1, 1, 1, 0), false);
        assertFalse(a.barOver(utc(2020, 3, 2, 9, 34, 0), 0, false)); // 574 // 5 == 571 // 5
        assertTrue(a.barOver(utc(2020, 3, 2, 9, 35, 0), 0, false));
        Aggregator noEdge = agg(ResampleParams.resample(TimeFrame.Minutes, 5).withBar2edge(false), TimeFrame.Minutes, 1);
        noEdge.update(bar(utc(2020, 3, 2, 9, 31, 0), 1, 1, 1, 1, 1, 0), false);
        assertTrue(noEdge.barOver(utc(2020, 3, 2, 9, 32, 0), 0, false)); // any later point
        assertFalse(noEdge.barOver(utc(2020, 3, 2, 9, 31, 0), 0, false));
    }

    @Test
    void restampsToTheRightOrLeftEdgeOfTheBucket() {
        long t = utc(2020, 3, 2, 9, 31, 0);
        Aggregator right = agg(ResampleParams.resample(TimeFrame.Minutes, 5), TimeFrame.Minutes, 1);
        right.update(bar(t, 1, 1, 1, 1, 1, 0), false);
        right.dataOnEdge(t); // looks up the session end, as the resampler does first
        assertTrue(right.adjustTime(false));
        assertEquals(utc(2020, 3, 2, 9, 35, 0), right.time);

        Aggregator left = agg(ResampleParams.resample(TimeFrame.Minutes, 5).withRightedge(false), TimeFrame.Minutes, 1);
        left.update(bar(t, 1, 1, 1, 1, 1, 0), false);
        left.dataOnEdge(t);
        assertEquals(utc(2020, 3, 2, 9, 30, 0), left.adjustedTime());
        assertFalse(left.adjustTime(true)); // "greater" only moves a bar later
        assertEquals(t, left.time);
        assertTrue(left.adjustTime(false));
        assertEquals(utc(2020, 3, 2, 9, 30, 0), left.time);
        assertTrue(right.doAdjustTime);
        assertFalse(agg(ResampleParams.resample(TimeFrame.Weeks, 1), TimeFrame.Days, 1).doAdjustTime);
    }

    @Test
    void dailyTargetsCloseAtTheSessionEnd() {
        Aggregator a = agg(ResampleParams.resample(TimeFrame.Days, 1), TimeFrame.Minutes, 1);
        long eod = EpochNanos.of(2020, 3, 2, 23, 59, 59, 999_990_000);
        assertEquals(Aggregator.CHECK_OVER, a.dataOnEdge(utc(2020, 3, 2, 15, 0, 0)));
        assertEquals(Aggregator.ON_EDGE | Aggregator.CHECK_OVER, a.dataOnEdge(eod));
        a.update(bar(utc(2020, 3, 2, 15, 0, 0), 1, 1, 1, 1, 1, 0), false);
        assertTrue(a.barOver(utc(2020, 3, 3, 9, 0, 0), utc(2020, 3, 2, 15, 0, 0), true)); // passed the session end
        assertEquals(eod, a.adjustedTime()); // the session end just passed
    }

    @Test
    void weeksMonthsAndYearsCompareCalendarPeriods() {
        Aggregator w = agg(ResampleParams.resample(TimeFrame.Weeks, 1), TimeFrame.Days, 1);
        assertFalse(w.barOver(utc(2020, 3, 2, 0, 0, 0), 0, false)); // nothing open yet
        w.update(bar(utc(2020, 3, 6, 23, 0, 0), 1, 1, 1, 1, 1, 0), false); // a Friday
        assertFalse(w.barOver(utc(2020, 3, 8, 23, 0, 0), 0, false)); // Sunday: same ISO week
        assertTrue(w.barOver(utc(2020, 3, 9, 23, 0, 0), 0, false)); // Monday
        assertEquals(Aggregator.CHECK_OVER, w.dataOnEdge(utc(2020, 3, 9, 23, 0, 0))); // no calendar

        Aggregator m = agg(ResampleParams.resample(TimeFrame.Months, 1), TimeFrame.Days, 1);
        m.update(bar(utc(2020, 1, 31, 23, 0, 0), 1, 1, 1, 1, 1, 0), false);
        assertFalse(m.barOver(utc(2020, 1, 31, 23, 30, 0), 0, false));
        assertTrue(m.barOver(utc(2020, 2, 1, 23, 0, 0), 0, false));

        Aggregator y = agg(ResampleParams.resample(TimeFrame.Years, 1), TimeFrame.Days, 1);
        y.update(bar(utc(2020, 12, 31, 23, 0, 0), 1, 1, 1, 1, 1, 0), false);
        assertTrue(y.barOver(utc(2021, 1, 1, 23, 0, 0), 0, false));
    }

    @Test
    void compressionCountsWholeSourceBarsWhenOnlyCompressing() {
        Aggregator a = agg(ResampleParams.resample(TimeFrame.Days, 2), TimeFrame.Days, 1);
        assertTrue(a.componly);
        assertFalse(a.checkBarOver(utc(2020, 3, 2, 0, 0, 0), 0, false, false)); // 1 of 2
        assertTrue(a.checkBarOver(utc(2020, 3, 3, 0, 0, 0), 0, false, false)); // 2 of 2
        assertFalse(a.checkBarOver(utc(2020, 3, 4, 0, 0, 0), 0, false, true)); // a clock check never counts
        assertFalse(agg(ResampleParams.resample(TimeFrame.Days, 3), TimeFrame.Days, 2).componly); // 3 % 2 != 0
    }

    @Test
    void lateBarsAreOnlyAnIntradayNotion() {
        Aggregator minutes = agg(ResampleParams.resample(TimeFrame.Minutes, 5), TimeFrame.Minutes, 1);
        assertTrue(minutes.isLate(10, true, 10));
        assertFalse(minutes.isLate(11, true, 10));
        assertFalse(minutes.isLate(5, false, 10));
        assertFalse(agg(ResampleParams.resample(TimeFrame.Days, 1), TimeFrame.Minutes, 1).isLate(5, true, 10));
        assertEquals(86_400_000L, Aggregator.LATE_NUDGE); // 1e-6 of a day
    }
}
