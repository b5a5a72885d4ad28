package org.bt4j.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bt4j.feed.ArrayFeed;
import org.bt4j.feed.CsvFeeds;
import org.bt4j.feed.DataFeed;
import org.bt4j.indicator.MovingAverageSimple;
import org.bt4j.resample.ResampleParams;
import org.bt4j.resample.ResampledFeed;
import org.bt4j.strategy.Strategy;
import org.bt4j.time.EpochNanos;
import org.bt4j.time.TimeFrame;
import org.bt4j.util.PyFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Several timeframes in one strategy: backtrader's {@code test_data_multiframe} (a daily and a
 * weekly data, SMA(30) on each; the strategy's minimum period is 151 daily bars because of the
 * weekly SMA), in the run modes backtrader's testcommon uses (preload x runonce, exactbars -1/-2).
 */
class CerebroMultiFrameTest {

    static Path resource(String name) {
        try {
            return Path.of(CerebroMultiFrameTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** testcommon.TestStrategy with chkind = [SMA] over every data. */
    public static final class TestStrategy extends Strategy {
        MovingAverageSimple ind;
        int chkmin;
        int nextcalls;
        final List<String> chk = new ArrayList<>();
        int lenInd;

        @Override
        protected void init() {
            ind = new MovingAverageSimple(data(0).close(), 30);
            for (int i = 1; i < datas().size(); i++) {
                new MovingAverageSimple(data(i).close(), 30);
            }
        }

        @Override
        protected void nextStart() {
            chkmin = len();
            next();
        }

        @Override
        protected void next() {
            nextcalls++;
        }

        @Override
        protected void stop() {
            lenInd = ind.len();
            int l = lenInd;
            int mp = chkmin;
            int[] chkpts = {0, -l + mp, Math.floorDiv(-l + mp, 2)};
            for (int c : chkpts) {
                chk.add(PyFormat.fixed(ind.get(c), 6));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"runonce", "runnext", "nopreload-runonce", "nopreload-runnext", "exactbars-1", "exactbars-2"})
    void dailyAndWeeklyMinimumPeriodIs151(String mode) {
        DataFeed daily = CsvFeeds.open(GoldenBacktestsTest.resource("data/bt-2006-day-001.txt"), TimeFrame.Days, 1);
        DataFeed weekly = CsvFeeds.open(resource("2006-week-001.txt"), TimeFrame.Weeks, 1);
        TestStrategy s = new TestStrategy();
        Cerebro c = new Cerebro().addData(daily).addData(weekly).addStrategy(s, Map.of());
        switch (mode) {
            case "runnext" -> c.runonce(false);
            case "nopreload-runonce" -> c.preload(false);
            case "nopreload-runnext" -> c.preload(false).runonce(false);
            case "exactbars-1" -> c.exactbars(-1);
            case "exactbars-2" -> c.exactbars(-2);
            default -> { }
        }
        c.run();
        assertEquals(151, s.chkmin, "minimum period");
        assertEquals(255, s.len());
        assertEquals(255, s.lenInd);
        // as in backtrader, nextstart runs on every bar while the weekly data is stale at exactly
        // its minimum period (30th weekly bar on daily bar 147 .. 151); testcommon keeps the last
        assertEquals(255 - 147 + 1, s.nextcalls);
        assertEquals(List.of("4063.463000", "3609.943333", "3864.885000"), s.chk);
    }

    /** Three days of one-minute bars, 09:31 .. 16:00 UTC (bar end times), prices rising by minute. */
    private static ArrayFeed minutes() {
        int n = 3 * 390;
        long[] t = new long[n];
        double[] o = new double[n];
        double[] h = new double[n];
        double[] l = new double[n];
        double[] c = new double[n];
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            int day = i / 390;
            int minute = i % 390;
            t[i] = EpochNanos.of(2021, 3, 1 + day, 9, 31, 0, 0) + minute * EpochNanos.MINUTE;
            o[i] = 100 + i;
            c[i] = 100.5 + i;
            h[i] = 101 + i;
            l[i] = 99 + i;
            v[i] = 10;
        }
        ArrayFeed f = ArrayFeed.of("m", t, o, h, l, c, v, null);
        f.timeFrame(TimeFrame.Minutes, 1);
        return f;
    }

    /** Logs (strategy len, data0 len, data1 len) whenever the daily data moves, plus the daily bar. */
    public static final class TwoFrames extends Strategy {
        final List<String> log = new ArrayList<>();
        int lastDaily;
        int cycles;

        private void record() {
            cycles++;
            DataFeed d1 = data(1);
            if (d1.len() != lastDaily) {
                lastDaily = d1.len();
                log.add(len() + " " + data(0).len() + " " + d1.len() + " "
                        + EpochNanos.toLocalDateTime(d1.datetime(0)) + " o=" + d1.open().get(0) + " h="
                        + d1.high().get(0) + " l=" + d1.low().get(0) + " c=" + d1.close().get(0) + " v="
                        + d1.volume().get(0) + " m=" + EpochNanos.toLocalDateTime(data(0).datetime(0)));
            }
        }

        @Override
        protected void prenext() {
            record();
        }

        @Override
        protected void next() {
            record();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"runonce", "runnext", "exactbars1"})
    void minuteDataAndItsDailyResampleAdvanceTogether(String mode) {
        ArrayFeed minute = minutes();
        ResampledFeed daily = new ResampledFeed(minutes(), ResampleParams.resample(TimeFrame.Days, 1));
        TwoFrames s = new TwoFrames();
        Cerebro c = new Cerebro().addData(minute).addData(daily).addStrategy(s, Map.of());
        if (mode.equals("runnext")) {
            c.runonce(false);
        } else if (mode.equals("exactbars1")) {
            c.exactbars(1);
        }
        c.run();
        // the day's bar closes when the next day's first minute arrives and is delivered with it
        // (backtrader: feeds that only resample do not choose the master time); the last one is
        // flushed when the minutes end, on one extra cycle
        assertEquals(List.of(
                "391 391 1 2021-03-01T23:59:59.999990 o=100.0 h=490.0 l=99.0 c=489.5 v=3900.0 m=2021-03-02T09:31",
                "781 781 2 2021-03-02T23:59:59.999990 o=490.0 h=880.0 l=489.0 c=879.5 v=3900.0 m=2021-03-03T09:31",
                "1171 1170 3 2021-03-03T23:59:59.999990 o=880.0 h=1270.0 l=879.0 c=1269.5 v=3900.0 m=2021-03-03T16:00"),
                s.log, mode);
        assertEquals(1171, s.cycles);
        assertEquals(false, c.usedRunOnce(), "resampling switches preload and runonce off");
    }

    /**
     * backtrader's {@code cerebro.adddata(d); cerebro.resampledata(d, ...)}: one feed, its resample
     * reading a clone, gives exactly what two separately opened copies give (above).
     */
    @ParameterizedTest
    @ValueSource(strings = {"runnext", "exactbars1"})
    void resampleDataOfAnAddedFeedReadsAClone(String mode) {
        ArrayFeed minute = minutes();
        TwoFrames s = new TwoFrames();
        Cerebro c = new Cerebro().addData(minute);
        DataFeed daily = c.resampleData(minute, TimeFrame.Days, 1);
        c.addStrategy(s, Map.of());
        if (mode.equals("exactbars1")) {
            c.exactbars(1);
        }
        c.run();
        TwoFrames twoFiles = new TwoFrames();
        new Cerebro().addData(minutes()).addData(new ResampledFeed(minutes(), ResampleParams.resample(TimeFrame.Days, 1)))
            .addStrategy(twoFiles, Map.of()).run();
        assertEquals(twoFiles.log, s.log);
        assertEquals(1171, s.cycles);
        assertEquals(3, daily.len());
    }

    @org.junit.jupiter.api.Test
    void aFeedReadTwiceIsRefusedWithWhatToDoInstead() {
        ArrayFeed minute = minutes();
        Cerebro c = new Cerebro().addData(minute);
        var e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
            () -> c.addData(new ResampledFeed(minute, ResampleParams.resample(TimeFrame.Days, 1))));
        assertEquals("data 'm' is already added to this cerebro and cannot also feed ResampledFeed; use"
            + " cerebro.resampleData(data, ...) or replayData(data, ...), which read a clone of it, or open the file"
            + " a second time", e.getMessage());
        ArrayFeed other = minutes();
        Cerebro c2 = new Cerebro().addData(new ResampledFeed(other, ResampleParams.resample(TimeFrame.Days, 1)));
        var e2 = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> c2.addData(other));
        assertEquals("data 'm' is already read by the ResampledFeed 'm'; a feed can be read once only: use"
            + " cerebro.resampleData(data, ...) or replayData(data, ...), which read a clone of it, or open the file"
            + " a second time", e2.getMessage());
    }
}
