package org.bt4j.research;

import java.util.Arrays;
import org.bt4j.feed.ArrayFeed;
import org.bt4j.feed.DataFeed;
import org.bt4j.opt.SharedData;

/**
 * A fresh feed holding bars {@code [from, to)} of a preloaded data feed, with the master's name,
 * time zone, bar size and sessions. Stateless; call on the thread that owns the master.
 */
public final class BarSlice {

    private BarSlice() {
    }

    /** Bars {@code [from, to)} of {@code master} (preloaded here, once, if it is not yet) as a new feed. */
    public static DataFeed of(DataFeed master, int from, int to) {
        SharedData.preloadMaster(master);
        if (from < 0 || to > master.size() || from >= to) {
            throw new IllegalArgumentException("slice [" + from + ", " + to + ") is outside the data's "
                + master.size() + " bars or empty");
        }
        DataFeed f = ArrayFeed.of(master.name(), Arrays.copyOfRange(master.datetime().array(), from, to),
            cut(master, DataFeed.OPEN, from, to), cut(master, DataFeed.HIGH, from, to),
            cut(master, DataFeed.LOW, from, to), cut(master, DataFeed.CLOSE, from, to),
            cut(master, DataFeed.VOLUME, from, to), cut(master, DataFeed.OPENINTEREST, from, to));
        f.tz(master.tz());
        f.timeFrame(master.timeFrame(), master.compression());
        f.sessions(master.sessionStart(), master.sessionEnd());
        if (master.calendar() != null) {
            f.calendar(master.calendar());
        }
        return f;
    }

    private static double[] cut(DataFeed master, int line, int from, int to) {
        return Arrays.copyOfRange(master.buffer(line).array(), from, to);
    }
}
