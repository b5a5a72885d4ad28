package org.bt4j.feed;

/**
 * backtrader's {@code DataClone}: a feed that shows, bar by bar, the bars another feed of the same
 * run has already delivered, without reading that feed a second time. The engine pulls the source
 * itself; each time the source has a bar the clone has not shown yet, the clone copies it. This is
 * how {@code Cerebro.resampleData} and {@code Cerebro.replayData} read a feed that is also added
 * on its own (a resampler reading the source directly would take every other bar from it).
 * Finished when the source is; keeps only the current bar. Engine thread only.
 */
public final class DataClone extends DataFeed implements LiveFeed {

    private final DataFeed source;
    private int seen;

    /** A clone of {@code source}, with its name, zone, sessions, calendar and bar size. */
    public DataClone(DataFeed source) {
        if (source == null) {
            throw new IllegalArgumentException("source feed must not be null");
        }
        this.source = source;
        describeAs(source);
        for (int i = 0; i < lineCount(); i++) {
            buffer(i).bound(1); // its reader takes the current bar only: memory stays flat
        }
        datetime().bound(2);
    }

    /** The feed whose bars this one shows. */
    public DataFeed source() {
        return source;
    }

    @Override
    public boolean isLive() {
        return source.isLive();
    }

    @Override
    public boolean canPreload() {
        return false;
    }

    @Override
    protected boolean load() {
        if (source.len() <= seen) {
            return false; // the source has not moved past the last bar shown
        }
        seen++;
        forwardBar(source.datetime(0), source.open().get(0), source.high().get(0), source.low().get(0),
            source.close().get(0), source.volume().get(0), source.openInterest().get(0));
        return true;
    }

    @Override
    public boolean isFinished() {
        return source instanceof LiveFeed ? ((LiveFeed) source).isFinished() : source.ended();
    }
}
