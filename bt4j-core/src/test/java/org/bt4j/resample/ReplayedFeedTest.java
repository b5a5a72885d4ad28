package org.bt4j.resample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.bt4j.feed.ArrayFeed;
import org.bt4j.time.EpochNanos;
import org.bt4j.time.TimeFrame;
import org.junit.jupiter.api.Test;

class ReplayedFeedTest {

    private static ArrayFeed minutes(int first, int n) {
        long[] t = new long[n];
        double[] c = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = EpochNanos.of(2020, 1, 2, 0, 0, 0, 0) + (first + i) * EpochNanos.MINUTE;
            c[i] = i + 1;
        }
        ArrayFeed f = ArrayFeed.of("m", t, c, c, c, c, c, null);
        f.timeFrame(TimeFrame.Minutes, 1);
        return f;
    }

    private static List<String> run(ReplayedFeed f) {
        List<String> rows = new ArrayList<>();
        f.start();
        while (f.next()) {
            rows.add(f.len() + " " + EpochNanos.isoSeconds(f.datetime(0)).substring(11) + " o=" + f.open().get(0)
                + " c=" + f.close().get(0) + " v=" + f.volume().get(0));
        }
        return rows;
    }

    @Test
    void barsFormInPlaceWithLenUnchanged() {
        // 09:31 … 09:37 to 5 minutes: len 1 grows through 09:35 (on edge), then len 2 starts
        List<String> rows = run(new ReplayedFeed(minutes(9 * 60 + 31, 7), ResampleParams.replay(TimeFrame.Minutes, 5)));
        assertEquals(List.of(
            "1 09:31:00 o=1.0 c=1.0 v=1.0",
            "1 09:32:00 o=1.0 c=2.0 v=3.0",
            "1 09:33:00 o=1.0 c=3.0 v=6.0",
            "1 09:34:00 o=1.0 c=4.0 v=10.0",
            "1 09:35:00 o=1.0 c=5.0 v=15.0",
            "2 09:36:00 o=6.0 c=6.0 v=6.0",
            "2 09:37:00 o=6.0 c=7.0 v=13.0"), rows);
    }

    @Test
    void adjbartimeAddsAClosingTickAtTheBoundary() {
        // sources stamped at hh:mm:30, 09:31:30 … 09:36:30: the 09:35:30 source closes the bar
        long[] t = new long[6];
        double[] c = new double[6];
        for (int i = 0; i < 6; i++) {
            t[i] = EpochNanos.of(2020, 1, 2, 9, 31 + i, 30, 0);
            c[i] = i + 1;
        }
        ArrayFeed src = ArrayFeed.of("s", t, c, c, c, c, c, null);
        src.timeFrame(TimeFrame.Minutes, 1);
        List<String> rows = run(new ReplayedFeed(src, ResampleParams.replay(TimeFrame.Minutes, 5).withAdjbartime(true)));
        assertEquals(List.of(
            "1 09:31:30 o=1.0 c=1.0 v=1.0",
            "1 09:32:30 o=1.0 c=2.0 v=3.0",
            "1 09:33:30 o=1.0 c=3.0 v=6.0",
            "1 09:34:30 o=1.0 c=4.0 v=10.0",
            "1 09:35:00 o=1.0 c=4.0 v=10.0",
            "2 09:35:30 o=5.0 c=5.0 v=5.0",
            "2 09:36:30 o=5.0 c=6.0 v=11.0"), rows);
    }

    @Test
    void cannotBePreloaded() {
        ReplayedFeed f = new ReplayedFeed(minutes(570, 3), ResampleParams.replay(TimeFrame.Minutes, 5));
        assertFalse(f.canPreload());
        assertThrows(IllegalStateException.class, f::preload);
    }
}
