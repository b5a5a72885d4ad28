package org.bt4j.report.chart;

/**
 * Downsampling for drawing: maps {@code n} clock bars onto at most {@code slots} pixel columns
 * and aggregates a series per column (first, min, max, last of its finite values), so 100k bars
 * become one OHLC-like envelope per pixel instead of a smear of overlapping strokes. With fewer
 * bars than columns each bar is its own slot. Immutable; the result arrays are fresh per call.
 * Not shared between threads (no need: cheap to create).
 */
final class ColumnAggregator {

    /** Per-slot aggregates; NaN where a slot has no finite value. {@code touched} marks slots that got a bar. */
    record Columns(double[] first, double[] min, double[] max, double[] last, double[] sum, boolean[] touched) {
    }

    private final int bars;
    private final int slots;

    /**
     * @param bars    number of clock bars
     * @param columns available pixel columns (at least 1)
     */
    ColumnAggregator(int bars, int columns) {
        this.bars = bars;
        this.slots = Math.max(1, Math.min(bars, columns));
    }

    /** Number of slots (drawn positions). */
    int slots() {
        return slots;
    }

    /** Whether several bars share a slot. */
    boolean aggregating() {
        return slots < bars;
    }

    /** The slot of clock bar {@code k}. */
    int slot(int k) {
        return (int) ((long) k * slots / Math.max(1, bars));
    }

    /**
     * Aggregates {@code values[i]}, which belongs to clock bar {@code clockIndex[i]} (identity
     * when {@code clockIndex} is null).
     */
    Columns aggregate(int[] clockIndex, double[] values) {
        double[] first = filled();
        double[] min = filled();
        double[] max = filled();
        double[] last = filled();
        double[] sum = new double[slots];
        boolean[] touched = new boolean[slots];
        for (int i = 0; i < values.length; i++) {
            int k = clockIndex == null ? i : clockIndex[i];
            if (k < 0) {
                continue;
            }
            int s = slot(k);
            touched[s] = true;
            double v = values[i];
            if (!Double.isFinite(v)) {
                continue;
            }
            if (Double.isNaN(first[s])) {
                first[s] = v;
                min[s] = v;
                max[s] = v;
            } else {
                min[s] = Math.min(min[s], v);
                max[s] = Math.max(max[s], v);
            }
            last[s] = v;
            sum[s] += v;
        }
        return new Columns(first, min, max, last, sum, touched);
    }

    private double[] filled() {
        double[] a = new double[slots];
        java.util.Arrays.fill(a, Double.NaN);
        return a;
    }
}
