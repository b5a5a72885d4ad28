package org.bt4j.resample;

import org.bt4j.feed.Bar;
import org.bt4j.feed.DataFeed;
import org.bt4j.feed.LiveFeed;
import org.bt4j.time.Clock;
import org.bt4j.time.ZoneConverter;

/**
 * Base of the feeds that build bars of a larger timeframe from a source feed: pulls source bars
 * one at a time, hands each to the subclass's rule ({@link ResampledFeed}, {@link ReplayedFeed})
 * and delivers what the rule emits, either as a new bar or as an in-place update of the current
 * one. Takes the source's name, zone, sessions and calendar; its own timeframe is the target's.
 * Over a {@link LiveFeed} source it is live too: {@link #check(long)} closes bars on the clock.
 * Engine thread only.
 */
public abstract class AggregatedFeed extends DataFeed implements LiveFeed {

    private static final int QUEUE = 4;

    final DataFeed source;
    final Aggregator agg;
    final ResampleParams params;
    private final Bar sourceBar = new Bar();
    private final Bar[] pending = new Bar[QUEUE];
    private final boolean[] pendingNew = new boolean[QUEUE];
    private int head;
    private int count;
    private boolean finished;
    /** Whether at least one bar was delivered, and the time of the last delivered value. */
    boolean anyEmitted;
    long lastEmitted;

    AggregatedFeed(DataFeed source, ResampleParams params) {
        if (source == null || params == null) {
            throw new IllegalArgumentException("source feed and parameters must not be null");
        }
        if (params.timeFrame().compareTo(source.timeFrame()) < 0) {
            throw new IllegalArgumentException("cannot resample " + source.name() + " from " + source.timeFrame()
                + " down to " + params.timeFrame() + ": the target timeframe must be >= the source's");
        }
        this.source = source;
        this.params = params;
        name(source.name());
        tz(source.tz());
        sessions(source.sessionStart(), source.sessionEnd());
        calendar(source.calendar());
        timeFrame(params.timeFrame(), params.compression());
        this.agg = new Aggregator(params, source.timeFrame(), source.compression(), ZoneConverter.of(source.tz()),
            source.sessionEnd(), source.calendar());
        for (int i = 0; i < QUEUE; i++) {
            pending[i] = new Bar();
        }
    }

    /** The feed being resampled or replayed. */
    public final DataFeed source() {
        return source;
    }

    /** The resampling parameters. */
    public final ResampleParams params() {
        return params;
    }

    /** Handles one source bar. */
    abstract void onSource(Bar x);

    /** Handles the end of the source (flush). */
    abstract void onEnd();

    /** Handles a clock check while the bar under construction is open. */
    abstract void onCheck(long nowUtcNanos);

    /** Queues the bar under construction for delivery, as a new bar or as an update. */
    final void emit(boolean asNew) {
        int slot = (head + count) % QUEUE;
        agg.copyTo(pending[slot]);
        pendingNew[slot] = asNew;
        count++;
    }

    @Override
    public void start() {
        source.start();
    }

    @Override
    public void stop() {
        source.stop();
    }

    @Override
    public boolean isLive() {
        return source.isLive();
    }

    @Override
    protected final boolean load() {
        while (true) {
            if (count > 0) {
                Bar b = pending[head];
                if (pendingNew[head] || len() == 0) {
                    forward();
                }
                setBar(b.time, b.open, b.high, b.low, b.close, b.volume, b.openInterest);
                anyEmitted = true;
                lastEmitted = b.time;
                head = (head + 1) % QUEUE;
                count--;
                return true;
            }
            if (finished) {
                return false;
            }
            if (!source.next()) {
                if (source instanceof LiveFeed && !((LiveFeed) source).isFinished()) {
                    return false;
                }
                finished = true;
                onEnd();
                continue;
            }
            onSource(sourceBar.set(source, 0));
        }
    }

    @Override
    public final boolean isFinished() {
        return finished && count == 0;
    }

    /**
     * Clock check (backtrader's {@code qcheck} path): closes the bar under construction if
     * {@code nowUtcNanos} is past its boundary. A delivered bar is then returned by the next
     * {@link #next()}.
     */
    @Override
    public final void check(long nowUtcNanos) {
        if (source instanceof LiveFeed) {
            ((LiveFeed) source).check(nowUtcNanos);
        }
        if (agg.isOpen()) {
            onCheck(nowUtcNanos);
        }
    }

    /** {@link #check(long)} at {@code clock}'s current time. */
    public final void check(Clock clock) {
        check(clock.nanos());
    }

    @Override
    public boolean await(long timeoutNanos) throws InterruptedException {
        if (count > 0) {
            return true;
        }
        return source instanceof LiveFeed && ((LiveFeed) source).await(timeoutNanos);
    }
}
