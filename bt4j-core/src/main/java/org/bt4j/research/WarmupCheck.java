package org.bt4j.research;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bt4j.feed.DataFeed;

/**
 * Warm-up check (freqtrade's {@code recursive-analysis}): runs a {@link Probe} over all the data and
 * again over suffixes starting later, and finds for each indicator line whether its values depend
 * on how much history precedes them (recursive ones such as EMA do) and how many bars of warm-up
 * make them stable: the bars after which the disagreement between a late start and the full run
 * stays within {@code tolerance} times the disagreement at the late start's first value — for an
 * EMA, the weight {@code (1-alpha)^n} its seed still has. That many backfilled bars is what a live
 * start needs. Stateless; runs on the calling thread.
 */
public final class WarmupCheck {

    /**
     * One indicator line's warm-up.
     *
     * @param series           the line ({@code Class.line})
     * @param dependsOnHistory whether a later start changes its values after its first one
     * @param firstValue       bars until its first value (its minimum period)
     * @param warmup           bars after which it is stable to the tolerance (its first value when it does
     *                         not depend on history; -1 when it is not stable within the data)
     */
    public record Stability(String series, boolean dependsOnHistory, int firstValue, int warmup) {
    }

    private WarmupCheck() {
    }

    /** {@code count} late starts spread over the first half of {@code bars}. */
    public static int[] starts(int bars, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("--starts must be >= 1, got " + count);
        }
        int[] s = new int[count];
        for (int i = 0; i < count; i++) {
            s[i] = (int) ((long) (bars / 2) * (i + 1) / (count + 1));
        }
        return java.util.Arrays.stream(s).filter(x -> x > 0).distinct().toArray();
    }

    /** Runs {@code probe} over all of {@code master} and from each of {@code starts} to its end. */
    public static List<Stability> run(DataFeed master, Probe probe, int[] starts, double tolerance) {
        if (!(tolerance > 0 && tolerance < 1)) {
            throw new IllegalArgumentException("--tolerance must be > 0 and < 1, got " + tolerance);
        }
        int n = org.bt4j.opt.SharedData.preloadMaster(master).size();
        Snapshot full = probe.run(BarSlice.of(master, 0, n));
        Map<String, Stability> out = new LinkedHashMap<>();
        for (int s : starts) {
            Snapshot late = probe.run(BarSlice.of(master, s, n));
            for (Map.Entry<String, double[]> e : full.series().entrySet()) {
                double[] f = e.getValue();
                double[] l = late.series().get(e.getKey());
                Stability one = l == null ? null : compare(e.getKey(), f, l, s, tolerance);
                if (one != null) {
                    out.merge(e.getKey(), one, WarmupCheck::worse);
                }
            }
        }
        return new ArrayList<>(out.values());
    }

    /** The warm-up of one line started {@code s} bars late, or null when the late run never has a value. */
    private static Stability compare(String name, double[] full, double[] late, int s, double tolerance) {
        int first = -1;
        for (int i = 0; i < late.length; i++) {
            if (!Double.isNaN(late[i]) && !Double.isNaN(full[s + i])) {
                first = i;
                break;
            }
        }
        if (first < 0) {
            return null;
        }
        double d0 = Math.abs(late[first] - full[s + first]);
        if (LookaheadCheck.same(late[first], full[s + first])) {
            return new Stability(name, false, first + 1, first + 1);
        }
        int lastUnstable = first;
        for (int i = first + 1; i < late.length; i++) {
            double d = Math.abs(late[i] - full[s + i]);
            if (!(d <= tolerance * d0) && !(Double.isNaN(late[i]) && Double.isNaN(full[s + i]))) {
                lastUnstable = i;
            }
        }
        return new Stability(name, true, first + 1, lastUnstable == late.length - 1 ? -1 : lastUnstable + 2);
    }

    /** The longer warm-up of two starts (not stable beats any length). */
    private static Stability worse(Stability a, Stability b) {
        boolean depends = a.dependsOnHistory() || b.dependsOnHistory();
        int w = a.warmup() < 0 || b.warmup() < 0 ? -1 : Math.max(a.warmup(), b.warmup());
        return new Stability(a.series(), depends, Math.max(a.firstValue(), b.firstValue()), w);
    }
}
