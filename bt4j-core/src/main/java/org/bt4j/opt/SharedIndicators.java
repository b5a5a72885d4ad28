package org.bt4j.opt;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.bt4j.engine.IndicatorCache;
import org.bt4j.feed.DataFeed;
import org.bt4j.indicator.ExponentialMovingAverage;
import org.bt4j.indicator.MovingAverageSimple;
import org.bt4j.indicator.SmoothedMovingAverage;
import org.bt4j.indicator.WeightedMovingAverage;
import org.bt4j.line.Indicator;
import org.bt4j.line.Line;
import org.bt4j.line.LineBuffer;

/**
 * The indicators a sweep's runs share ({@link IndicatorCache}): a moving average (SMA, EMA, SMMA,
 * WMA — each fully described by its class and period) over lines of the sweep's shared data is
 * computed by the first run that needs it and read, without a copy, by every later run that needs
 * the same one: one SMA(10) for every combination with fast = 10. Indicators over other
 * indicators' lines, and every other class, are computed per run as before. The values are the
 * same numbers the run would compute (the same code over the same arrays), so results are
 * identical. At most {@code budgetBytes} of lines are kept; the least recently used go first.
 *
 * <p>Threading: thread-safe; runs on every thread of a sweep share one instance, and two runs
 * needing the same indicator at once wait for one computation.
 */
public final class SharedIndicators implements IndicatorCache {

    /** Classes whose lines depend only on their inputs and their {@link Indicator#params()}. */
    private static final Set<Class<?>> SHARED = Set.of(MovingAverageSimple.class, ExponentialMovingAverage.class,
            SmoothedMovingAverage.class, WeightedMovingAverage.class);

    /** One indicator: its class, parameters, bars and the identity of each input's array. */
    private record Key(Class<?> type, Map<String, Object> params, int bars, List<Identity> inputs) {
    }

    /** An array compared by identity (the shared data's own column). */
    private record Identity(double[] array) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Identity other && other.array == array;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(array);
        }
    }

    private final long budgetBytes;
    private final LinkedHashMap<Key, CompletableFuture<LineBuffer[]>> kept = new LinkedHashMap<>(64, 0.75f, true);
    private long keptBytes;

    /** Keeps at most {@code budgetBytes} of indicator lines. */
    public SharedIndicators(long budgetBytes) {
        this.budgetBytes = budgetBytes;
    }

    @Override
    public boolean fill(Indicator indicator, int bars) {
        Key key = key(indicator, bars);
        if (key == null) {
            return false;
        }
        CompletableFuture<LineBuffer[]> mine = new CompletableFuture<>();
        CompletableFuture<LineBuffer[]> theirs;
        synchronized (this) {
            theirs = kept.putIfAbsent(key, mine);
        }
        if (theirs == null) {
            try {
                indicator.runOnce(bars);
            } catch (RuntimeException | Error e) {
                synchronized (this) {
                    kept.remove(key, mine);
                }
                mine.completeExceptionally(e);
                throw e;
            }
            mine.complete(indicator.buffers());
            keep(indicator.lineCount() * (long) bars * Double.BYTES);
            return true;
        }
        LineBuffer[] computed;
        try {
            computed = theirs.join();
        } catch (CompletionException e) {
            indicator.runOnce(bars); // the other run failed: this one computes (and fails) on its own
            return true;
        }
        LineBuffer[] own = indicator.buffers();
        for (int i = 0; i < own.length; i++) {
            own[i].shareFrom(computed[i]);
        }
        return true;
    }

    /** The key of a shared indicator, or null when this one is computed per run. */
    private static Key key(Indicator indicator, int bars) {
        if (!SHARED.contains(indicator.getClass())) {
            return null;
        }
        for (LineBuffer b : indicator.buffers()) {
            if (b.isBounded()) {
                return null;
            }
        }
        List<Identity> inputs = new ArrayList<>();
        for (Line in : indicator.inputs()) {
            LineBuffer b = in.buffer();
            if (!(b.owner() instanceof DataFeed) || b.isBounded()) {
                return null;
            }
            inputs.add(new Identity(b.array()));
        }
        return new Key(indicator.getClass(), indicator.params(), bars, List.copyOf(inputs));
    }

    private synchronized void keep(long bytes) {
        keptBytes += bytes;
        Iterator<CompletableFuture<LineBuffer[]>> it = kept.values().iterator();
        while (keptBytes > budgetBytes && kept.size() > 1 && it.hasNext()) {
            CompletableFuture<LineBuffer[]> f = it.next();
            if (f.isDone() && !f.isCompletedExceptionally()) {
                LineBuffer[] lines = f.join();
                keptBytes -= lines.length * (long) lines[0].size() * Double.BYTES;
                it.remove();
            }
        }
    }
}
