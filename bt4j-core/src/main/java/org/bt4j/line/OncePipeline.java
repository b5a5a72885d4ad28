package org.bt4j.line;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The vectorised ("runonce") pass of a run's indicators computed on a thread of its own while the
 * bar loop runs: the thread makes every line's array (presized as {@link Indicator#runOnce} makes
 * it), then computes every indicator, in the given (dependency) order, over a short first span of
 * bars, then over spans twice as long each time up to a limit, and after each span publishes how
 * many bars are ready. The bar loop reads an indicator's value of bar {@code i} only once
 * {@link #awaitReady} said that more than {@code i} bars are ready. Every value is the one
 * {@link Indicator#runOnce} computes, bit for bit ({@link Indicator#onceInSpans()}), so only the
 * time changes: the loop starts after the lines' allocation and the first span instead of after
 * the whole pass, and the rest of the pass runs on the other core.
 *
 * <p>Taken only for what {@link #takes} accepts (every indicator opted in, every input line a
 * feed's or an earlier indicator's); anything else is computed before the loop as before.
 *
 * <p>Threads: the computing thread ({@code bt4j-precompute}, a daemon) alone touches the
 * indicators' lines until it publishes a span; the thread that started the pipeline calls
 * {@link #awaitReady}, {@link #finish} and {@link #close}, and reads a line's values only below
 * the count it was given. A failure of the pass (a bug, or running out of memory) is rethrown, the
 * same exception, by the next {@link #awaitReady} that needs bars it did not compute, or by
 * {@link #finish}. Waits are untimed, on this object's monitor; an interrupt during one is kept
 * and set again after it, as the pass is bounded work.
 */
public final class OncePipeline implements AutoCloseable {

    /**
     * Fewer bars than this (524,288) are computed before the loop (BENCHMARKS.md §12.9, §12.12).
     * With the second core free, the pass beside the loop shortens a 1M-bar run by 7–11 ms and a
     * 10M-bar run by about 0.1 s (paired medians on a quiet 2-core machine); when other work takes
     * that core, the 1M run's paired medians moved by a few ms either way. At 100k and 200k bars it
     * measured no faster (§12.9, under load).
     */
    public static final int MIN_BARS = 1 << 19;

    /** Bars of the first span: the loop waits for it (it runs before the pass is compiled). */
    static final int FIRST_SPAN = 1 << 12;

    /**
     * The longest span: 128 KiB of each line, so that what one indicator wrote of a span is still
     * in the core's 2 MiB L2 cache when the next one reads it; about 60 spans per 1M bars.
     */
    static final int MAX_SPAN = 1 << 14;

    private final Indicator[] indicators;
    private final int bars;
    private final int firstSpan;
    private final int maxSpan;
    private final Thread thread;
    /** Set by the owner: the thread stops after its current span. */
    private volatile boolean cancelled;
    /* Guarded by this object's monitor. */
    private int ready;
    private boolean done;
    private Throwable failure;

    private OncePipeline(List<Indicator> indicators, int bars, int firstSpan, int maxSpan) {
        this.indicators = indicators.toArray(new Indicator[0]);
        this.bars = bars;
        this.firstSpan = firstSpan;
        this.maxSpan = maxSpan;
        // an anonymous class, not a lambda: its first use would link through LambdaMetafactory,
        // about 1-2 ms of a cold start (BENCHMARKS.md §12.1)
        this.thread = new Thread(new Runnable() {
            @Override
            public void run() {
                computeAhead();
            }
        }, "bt4j-precompute");
        thread.setDaemon(true);
    }

    /**
     * Whether the pipeline can compute {@code indicators} (in dependency order) of a run over the
     * {@code bars} bars of the preloaded {@code feed} alone: at least {@link #MIN_BARS}; every indicator opted in
     * ({@link Indicator#onceInSpans()}) and clocked by the feed or an earlier indicator of the list;
     * every input line the feed's or an earlier indicator's (never an observer's or the broker's,
     * which the loop writes, nor a line the list does not compute first).
     */
    public static boolean takes(List<Indicator> indicators, LineSeries feed, int bars) {
        if (bars < MIN_BARS) {
            return false;
        }
        Set<LineSeries> computedFirst = Collections.newSetFromMap(new IdentityHashMap<>());
        computedFirst.add(feed);
        for (Indicator ind : indicators) {
            if (!ind.onceInSpans() || !computedFirst.contains(ind.clock())) {
                return false;
            }
            for (Line in : ind.inputs()) {
                if (!computedFirst.contains(in.buffer().owner())) {
                    return false;
                }
            }
            computedFirst.add(ind);
        }
        return true;
    }

    /**
     * Starts computing {@code indicators} (which {@link #takes} accepted) over {@code bars} bars on
     * the pipeline's thread.
     */
    public static OncePipeline start(List<Indicator> indicators, int bars) {
        return start(indicators, bars, FIRST_SPAN, MAX_SPAN);
    }

    /** As {@link #start(List, int)}, with spans from {@code firstSpan} (at least 1) to {@code maxSpan} bars. */
    static OncePipeline start(List<Indicator> indicators, int bars, int firstSpan, int maxSpan) {
        if (firstSpan < 1 || maxSpan < firstSpan) {
            throw new IllegalArgumentException("spans must be 1 <= first <= max, got " + firstSpan + ", " + maxSpan);
        }
        OncePipeline p = new OncePipeline(indicators, bars, firstSpan, maxSpan);
        p.thread.start();
        return p;
    }

    private void computeAhead() {
        Throwable failed = null;
        try {
            int[] starts = new int[indicators.length];
            for (int k = 0; k < indicators.length; k++) {
                starts[k] = indicators[k].prepareOnce(bars);
            }
            int span = firstSpan;
            for (int from = 0; from < bars && !cancelled; span = span > maxSpan / 2 ? maxSpan : 2 * span) {
                int to = (int) Math.min(bars, (long) from + span);
                for (int k = 0; k < indicators.length; k++) {
                    int s = Math.max(from, starts[k]);
                    if (s < to) {
                        indicators[k].once(s, to);
                    }
                }
                publish(to);
                from = to;
            }
        } catch (RuntimeException | Error e) {
            failed = e;
        } finally {
            end(failed);
        }
    }

    private synchronized void publish(int to) {
        ready = to;
        notifyAll();
    }

    private synchronized void end(Throwable failed) {
        failure = failed;
        done = true;
        notifyAll();
    }

    /**
     * Waits until at least {@code n} bars of every indicator are computed and returns how many are
     * (at least {@code n}); rethrows the pass's failure when it ended without them.
     */
    public int awaitReady(int n) {
        int r = await(n);
        if (r < n) {
            throw rethrown(failure());
        }
        return r;
    }

    /** Waits for the whole pass (the loop ended, or was stopped) and rethrows its failure, if any. */
    public void finish() {
        await(Integer.MAX_VALUE);
        Throwable f = failure();
        if (f != null) {
            throw rethrown(f);
        }
    }

    /**
     * Stops the pass after its current span and waits for its thread to end (the loop failed: no
     * value is read any more). A pass that ended already is left as it is; idempotent.
     */
    @Override
    public void close() {
        cancelled = true;
        await(Integer.MAX_VALUE);
    }

    /** Waits until {@code n} bars are ready or the thread ended; returns the bars ready. */
    private synchronized int await(int n) {
        boolean interrupted = false;
        try {
            while (ready < n && !done) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    interrupted = true; // the pass is bounded: wait for it, then keep the flag
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        return ready;
    }

    private synchronized Throwable failure() {
        return failure;
    }

    /** {@code f} (a RuntimeException or an Error, as caught) thrown as it is. */
    private static RuntimeException rethrown(Throwable f) {
        if (f instanceof Error e) {
            throw e;
        }
        return (RuntimeException) f;
    }
}
