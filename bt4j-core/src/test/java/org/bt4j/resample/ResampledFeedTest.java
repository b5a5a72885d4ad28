package org.bt4j.resample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.bt4j.feed.ArrayFeed;
import org.bt4j.feed.Bar;
import org.bt4j.feed.CsvFeeds;
import org.bt4j.feed.DataFeed;
import org.bt4j.feed.FeedTestFiles;
import org.bt4j.feed.PushFeed;
import org.bt4j.time.EpochNanos;
import org.bt4j.time.SimulatedClock;
import org.bt4j.time.TimeFrame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.bt4j.indicator.IndicatorRun;
import org.bt4j.indicator.MovingAverageSimple;
import org.bt4j.line.Line;
import org.bt4j.line.LineContext;

class ResampledFeedTest {

    private static final long T0 = EpochNanos.of(2016, 6, 20, 14, 37, 0, 0);

    private static ArrayFeed minutes(int... minuteOfDay) {
        long[] t = new long[minuteOfDay.length];
        double[] c = new double[minuteOfDay.length];
        for (int i = 0; i < t.length; i++) {
            t[i] = EpochNanos.of(2020, 1, 2, 0, 0, 0, 0) + minuteOfDay[i] * EpochNanos.MINUTE;
            c[i] = i + 1;
        }
        ArrayFeed f = ArrayFeed.of("m", t, c, c, c, c, c, null);
        f.timeFrame(TimeFrame.Minutes, 1);
        return f;
    }

    @Test
    void inventoryExampleEndStampedMinutesToFive() {
        // 09:31 … 09:42 -> 09:35 (on edge), 09:40, flush 09:45
        int[] m = new int[12];
        for (int i = 0; i < 12; i++) {
            m[i] = 9 * 60 + 31 + i;
        }
        List<Bar> bars = FeedTestFiles.drain(new ResampledFeed(minutes(m), ResampleParams.resample(TimeFrame.Minutes, 5)));
        assertEquals(3, bars.size());
        assertEquals("2020-01-02T09:35:00", EpochNanos.isoSeconds(bars.get(0).time));
        assertEquals(1 + 2 + 3 + 4 + 5.0, bars.get(0).volume);
        assertEquals("2020-01-02T09:40:00", EpochNanos.isoSeconds(bars.get(1).time));
        assertEquals("2020-01-02T09:45:00", EpochNanos.isoSeconds(bars.get(2).time));
        assertEquals(11 + 12.0, bars.get(2).volume);
        assertEquals(11.0, bars.get(2).open);
        assertEquals(12.0, bars.get(2).close);
    }

    @Test
    void boundoffShiftsGroupsButNotTheFlushStamp() {
        // start-stamped 09:30 … 09:40 with boundoff 1: 09:30-09:34 @09:34, 09:35-09:39 @09:39, flush @09:45
        int[] m = new int[11];
        for (int i = 0; i < 11; i++) {
            m[i] = 9 * 60 + 30 + i;
        }
        List<Bar> bars = FeedTestFiles.drain(new ResampledFeed(minutes(m),
            ResampleParams.resample(TimeFrame.Minutes, 5).withBoundoff(1)));
        assertEquals(List.of("2020-01-02T09:34:00", "2020-01-02T09:39:00", "2020-01-02T09:45:00"),
            bars.stream().map(b -> EpochNanos.isoSeconds(b.time)).toList());
    }

    @ParameterizedTest
    @EnumSource(IndicatorRun.Mode.class)
    void weeklySmaAnchorsOfBacktradersTestDataResample(IndicatorRun.Mode mode) {
        DataFeed weekly = new ResampledFeed(CsvFeeds.open(FeedTestFiles.golden("bt-2006-day-001.txt"), null, 1),
            ResampleParams.resample(TimeFrame.Weeks, 1));
        MovingAverageSimple sma;
        try (LineContext ctx = LineContext.open()) {
            sma = new MovingAverageSimple(weekly.close(), 30);
            IndicatorRun.run(mode, weekly, ctx.indicators());
        }
        // backtrader's test_data_resample: SMA(30) checked at [0], [-l + mp] and [(-l + mp) // 2]
        int l = weekly.len();
        int mp = 30;
        assertEquals(52, l);
        Line line = sma.line(0);
        assertEquals("3836.453333", String.format("%.6f", line.get(0)));
        assertEquals("3703.962333", String.format("%.6f", line.get(-l + mp)));
        assertEquals("3741.802000", String.format("%.6f", line.get(Math.floorDiv(-l + mp, 2))));
    }

    @Test
    void fiveSecondBarClosesOnTheClockWithoutFurtherTicks() throws Exception {
        PushFeed ticks = new PushFeed("ticks");
        ticks.timeFrame(TimeFrame.Ticks, 1);
        ResampledFeed bars = new ResampledFeed(ticks, ResampleParams.resample(TimeFrame.Seconds, 5));
        assertTrue(bars.isLive());
        long qcheck = 500 * 1_000_000L;
        SimulatedClock clock = new SimulatedClock(T0);
        long[] offsets = {200, 1_300, 2_700, 4_900}; // ms after 14:37:00
        double[] prices = {15.96, 15.98, 15.94, 15.97};
        for (int i = 0; i < offsets.length; i++) {
            clock.set(T0 + offsets[i] * 1_000_000L);
            ticks.pushTick(clock.nanos(), prices[i], 100);
            assertFalse(bars.next(), "the bar is not complete yet");
        }
        long boundary = T0 + 5 * EpochNanos.SECOND;
        long deliveredAt = -1;
        // the engine loop: no data comes, so it wakes at the feed's next check and checks the clock
        while (clock.nanos() < boundary + 10 * EpochNanos.SECOND) {
            long due = bars.nextCheckNanos(clock.nanos(), qcheck);
            assertEquals(clock.nanos() + qcheck, due, "a bar is open: checked one qcheck later");
            clock.set(due);
            bars.check(clock);
            if (bars.next()) {
                deliveredAt = clock.nanos();
                break;
            }
        }
        assertTrue(deliveredAt >= boundary, "not before the boundary");
        assertTrue(deliveredAt - boundary <= qcheck, "late by " + (deliveredAt - boundary) + " ns");
        assertEquals(boundary, bars.datetime(0), "stamped at the boundary");
        assertEquals(15.96, bars.open().get(0));
        assertEquals(15.98, bars.high().get(0));
        assertEquals(15.94, bars.low().get(0));
        assertEquals(15.97, bars.close().get(0));
        assertEquals(400.0, bars.volume().get(0));
        // a tick after the boundary opens the next bar; finishing flushes it
        ticks.pushTick(boundary + 600_000_000L, 16.0, 50);
        assertFalse(bars.next());
        ticks.finish();
        assertTrue(bars.next());
        assertEquals(boundary + 5 * EpochNanos.SECOND, bars.datetime(0));
        assertFalse(bars.next());
        assertTrue(bars.isFinished());
    }

    @Test
    void weeklyBarClosesOnTheCalendarsLastTradingDay() {
        // 2024-03-25 … 2024-04-02, Good Friday 03-29 is a holiday: the week closes with Thursday's bar
        long[] t = new long[7];
        int[] days = {25, 26, 27, 28, 1, 2, 3};
        double[] c = new double[7];
        for (int i = 0; i < 7; i++) {
            t[i] = EpochNanos.of(2024, i < 4 ? 3 : 4, days[i], 16, 0, 0, 0);
            c[i] = i + 1;
        }
        ArrayFeed daily = ArrayFeed.of("d", t, c, c, c, c, c, null);
        daily.calendar(org.bt4j.time.SimpleTradingCalendar.nyse(2024, 2024));
        ResampledFeed weekly = new ResampledFeed(daily, ResampleParams.resample(TimeFrame.Weeks, 1));
        weekly.start();
        assertTrue(weekly.next());
        assertEquals(t[3], weekly.datetime(0), "delivered with Thursday's bar");
        assertEquals(1 + 2 + 3 + 4.0, weekly.volume().get(0));
        assertTrue(weekly.next());
        assertEquals(t[6], weekly.datetime(0));
        assertFalse(weekly.next());
    }

    @Test
    void dailyBarsFromMinutesCloseAtTheSessionEndAcrossDst() {
        // New York minutes around the 2021-03-14 US change; session end 16:00 local
        long[] t = new long[4];
        double[] c = {1, 2, 3, 4};
        org.bt4j.time.ZoneConverter ny = org.bt4j.time.ZoneConverter.of(java.time.ZoneId.of("America/New_York"));
        t[0] = ny.toUtc(EpochNanos.of(2021, 3, 12, 15, 58, 0, 0));
        t[1] = ny.toUtc(EpochNanos.of(2021, 3, 12, 16, 0, 0, 0));
        t[2] = ny.toUtc(EpochNanos.of(2021, 3, 15, 15, 59, 0, 0));
        t[3] = ny.toUtc(EpochNanos.of(2021, 3, 15, 16, 0, 0, 0));
        ArrayFeed m = ArrayFeed.of("m", t, c, c, c, c, c, null);
        m.timeFrame(TimeFrame.Minutes, 1);
        m.tz(java.time.ZoneId.of("America/New_York"));
        m.sessions(java.time.LocalTime.of(9, 30), java.time.LocalTime.of(16, 0));
        List<Bar> days = FeedTestFiles.drain(new ResampledFeed(m, ResampleParams.resample(TimeFrame.Days, 1)));
        assertEquals(2, days.size());
        assertEquals(EpochNanos.of(2021, 3, 12, 21, 0, 0, 0), days.get(0).time, "16:00 EST");
        assertEquals(3.0, days.get(0).volume);
        assertEquals(EpochNanos.of(2021, 3, 15, 20, 0, 0, 0), days.get(1).time, "16:00 EDT");
    }

    @Test
    void refusesDownsampling() {
        assertThrows(IllegalArgumentException.class, () -> new ResampledFeed(minutes(570),
            ResampleParams.resample(TimeFrame.Seconds, 5)));
    }
}
