package org.bt4j.opt;

import org.bt4j.feed.DataFeed;

/**
 * One run's view of a preloaded data feed: its lines read the master's arrays directly (no copy),
 * with a cursor of their own, so every run of an optimisation — on any thread — shares the same
 * bars. The master must be fully preloaded and must not change while views exist. A view is used
 * by one run on one thread.
 */
public final class SharedData extends DataFeed {

    /** A view of {@code master} (preloaded here if it is not yet). Call on one thread before sharing. */
    public SharedData(DataFeed master) {
        if (!master.isPreloaded()) {
            throw new IllegalStateException("the master data must be preloaded first: " + master.name());
        }
        for (int i = 0; i < master.lineCount(); i++) {
            buffer(i).shareFrom(master.buffer(i));
        }
        datetime().shareFrom(master.datetime());
        name(master.name());
        tz(master.tz());
        timeFrame(master.timeFrame(), master.compression());
        sessions(master.sessionStart(), master.sessionEnd());
        if (master.calendar() != null) {
            calendar(master.calendar());
        }
    }

    /** Prepares a master for sharing: preloads it once and releases its source (file) afterwards. */
    public static DataFeed preloadMaster(DataFeed master) {
        if (!master.isPreloaded()) {
            master.start();
            try {
                master.preload();
            } finally {
                master.stop();
            }
        }
        return master;
    }

    @Override
    protected boolean load() {
        return false; // every bar is already in the shared arrays
    }

    @Override
    public void preload() {
        home();
    }

    @Override
    public boolean isPreloaded() {
        return true;
    }

    @Override
    public String toString() {
        return "SharedData[" + name() + ", " + size() + " bars]";
    }
}
