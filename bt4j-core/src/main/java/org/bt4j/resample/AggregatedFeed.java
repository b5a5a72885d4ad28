package org.bt4j.resample;

import org.bt4j.feed.Bar;
import org.bt4j.feed.DataFeed;
import org.bt4j.feed.DerivedFeed;
import org.bt4j.time.Clock;
import org.bt4j.time.ZoneConverter;

/**
 * Base of the feeds that build bars of a larger timeframe from a source feed
 * ({@link ResampledFeed}, {@link ReplayedFeed}): owns the bar under construction and
 * backtrader's boundary rules; its own timeframe is the target's. Over a live source,
 * {@link #check(long)} closes bars on the clock. Engine thread only.
 */
public abstract class AggregatedFeed extends DerivedFeed {

    final Aggregator agg;
    final ResampleParams params;
    private final Bar out = new Bar();

    AggregatedFeed(DataFeed source, ResampleParams params) {
        super(source);
        if (params == null) {
            throw new IllegalArgumentException("resample parameters must not be null");
        }
        if (params.timeFrame().compareTo(source.timeFrame()) < 0) {
            throw new IllegalArgumentException("cannot resample " + source.name() + " from " + source.timeFrame()
                + " down to " + params.timeFrame() + ": the target timeframe must be >= the source's");
        }
        this.params = params;
        timeFrame(params.timeFrame(), params.compression());
        this.agg = new Aggregator(params, source.timeFrame(), source.compression(), ZoneConverter.of(source.tz()),
            source.sessionEnd(), source.calendar());
    }

    /** The resampling parameters. */
    public final ResampleParams params() {
        return params;
    }

    /** Queues the bar under construction for delivery, as a new bar or as an update. */
    final void emit(boolean asNew) {
        emit(agg.copyTo(out), asNew);
    }

    @Override
    protected final void onCheck(long nowUtcNanos) {
        if (agg.isOpen()) {
            onClock(nowUtcNanos);
        }
    }

    @Override
    protected final boolean waitsOnClock() {
        return agg.isOpen();
    }

    /** Handles a clock check while the bar under construction is open. */
    abstract void onClock(long nowUtcNanos);

    /** {@link #check(long)} at {@code clock}'s current time. */
    public final void check(Clock clock) {
        check(clock.nanos());
    }
}
