package org.bt4j.feed;

import org.bt4j.loop.EngineLoop;

/**
 * A feed computed from another feed (backtrader's filters and wrapper feeds: resampling,
 * replay, fillers, Heikin-Ashi, Renko…). It pulls source bars one at a time, hands each to
 * {@link #onSource(Bar)}, and delivers whatever that emits, in order, either as a new bar or as
 * an in-place update of the current bar (len unchanged, as replay does). Takes the source's name,
 * zone, sessions, calendar and bar size. Over a {@link LiveFeed} source it is live too:
 * {@link #check(long)} reaches {@link #onCheck(long)} so bars can be closed on the clock.
 * Engine thread only.
 */
public abstract class DerivedFeed extends DataFeed implements LiveFeed {

    private final DataFeed source;
    private final Bar sourceBar = new Bar();
    private Bar[] pending = new Bar[8];
    private boolean[] pendingNew = new boolean[8];
    private int head;
    private int count;
    private boolean finished;
    private boolean anyDelivered;
    private long lastDelivered;

    /** A feed derived from {@code source}. */
    protected DerivedFeed(DataFeed source) {
        if (source == null) {
            throw new IllegalArgumentException("source feed must not be null");
        }
        this.source = source;
        describeAs(source);
        for (int i = 0; i < pending.length; i++) {
            pending[i] = new Bar();
        }
    }

    /** The feed this one is computed from. */
    public final DataFeed source() {
        return source;
    }

    /** Handles one source bar (call {@link #emit} zero or more times). */
    protected abstract void onSource(Bar x);

    /** Handles the end of the source; may emit a last bar. Default: nothing. */
    protected void onEnd() {
    }

    /** Handles a clock check (live only). Default: nothing. */
    protected void onCheck(long nowUtcNanos) {
    }

    /** Queues {@code bar} (copied) for delivery, as a new bar or as an update of the current one. */
    protected final void emit(Bar bar, boolean asNew) {
        if (count == pending.length) {
            grow();
        }
        int slot = (head + count) % pending.length;
        pending[slot].set(bar);
        pendingNew[slot] = asNew;
        count++;
    }

    /** Queues a new bar from values. */
    protected final void emit(long time, double open, double high, double low, double close, double volume,
                              double openInterest) {
        if (count == pending.length) {
            grow();
        }
        int slot = (head + count) % pending.length;
        pending[slot].set(time, open, high, low, close, volume, openInterest);
        pendingNew[slot] = true;
        count++;
    }

    /** Whether any bar was delivered yet. */
    protected final boolean anyDelivered() {
        return anyDelivered;
    }

    /** Time of the last delivered value (valid when {@link #anyDelivered()}). */
    protected final long lastDelivered() {
        return lastDelivered;
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

    /**
     * Only when its source can be preloaded: a filter over a {@link DataClone} must follow the
     * cloned feed bar by bar (preloaded first, it would find nothing to copy).
     */
    @Override
    public boolean canPreload() {
        return super.canPreload() && source.canPreload();
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
                anyDelivered = true;
                lastDelivered = b.time;
                head = (head + 1) % pending.length;
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

    @Override
    public final void check(long nowUtcNanos) {
        if (source instanceof LiveFeed) {
            ((LiveFeed) source).check(nowUtcNanos);
        }
        onCheck(nowUtcNanos);
    }

    /**
     * The source's next check, or {@code now + qcheck} while {@link #waitsOnClock()} (backtrader's
     * rule: a bar under construction is closed on the clock at the latest one check interval late).
     */
    @Override
    public final long nextCheckNanos(long nowUtcNanos, long qcheckNanos) {
        long t = source instanceof LiveFeed ? ((LiveFeed) source).nextCheckNanos(nowUtcNanos, qcheckNanos) : Long.MAX_VALUE;
        return waitsOnClock() ? Math.min(t, nowUtcNanos + qcheckNanos) : t;
    }

    /** Whether {@link #onCheck} may deliver something as time passes. Default: no. */
    protected boolean waitsOnClock() {
        return false;
    }

    @Override
    public final void attach(EngineLoop loop) {
        if (source instanceof LiveFeed) {
            ((LiveFeed) source).attach(loop);
        }
    }

    private void grow() {
        int n = pending.length;
        Bar[] p = new Bar[n * 2];
        boolean[] f = new boolean[n * 2];
        for (int i = 0; i < n * 2; i++) {
            if (i < count) {
                p[i] = pending[(head + i) % n];
                f[i] = pendingNew[(head + i) % n];
            } else {
                p[i] = new Bar();
            }
        }
        pending = p;
        pendingNew = f;
        head = 0;
    }
}
