package org.bt4j.report.chart;

import org.bt4j.util.PyFormat;

/**
 * "Nice" axis ticks (steps of 1, 2, 2.5 or 5 times a power of ten) and their labels, with as
 * many decimals as the step needs. Immutable value; thread-safe.
 *
 * @param first    the first tick value (a multiple of step, at or above the axis minimum)
 * @param step     the distance between ticks
 * @param count    number of ticks
 * @param decimals decimals shown in labels
 */
record AxisTicks(double first, double step, int count, int decimals) {

    /** Ticks covering [min, max] with about {@code target} ticks. */
    static AxisTicks of(double min, double max, int target) {
        double span = max - min;
        if (!(span > 0) || !Double.isFinite(span)) {
            return new AxisTicks(min, 1, 1, decimalsFor(Math.abs(min) > 0 ? Math.abs(min) / 100 : 1));
        }
        double raw = span / Math.max(1, target);
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double norm = raw / mag;
        double nice = norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 2.5 ? 2.5 : norm <= 5 ? 5 : 10;
        double step = nice * mag;
        double first = Math.ceil(min / step - 1e-9) * step;
        int count = (int) Math.floor((max - first) / step + 1e-9) + 1;
        return new AxisTicks(first, step, Math.max(0, count), decimalsFor(step));
    }

    private static int decimalsFor(double step) {
        int d = (int) Math.ceil(-Math.log10(step) - 1e-9);
        if (step * Math.pow(10, Math.max(d, 0)) % 1 != 0) {
            d++;
        }
        return Math.max(0, Math.min(8, d));
    }

    /** The value of tick {@code i}. */
    double value(int i) {
        return first + i * step;
    }

    /** The label of tick {@code i}. */
    String label(int i) {
        return format(value(i), decimals);
    }

    /** {@code v} with {@code decimals} decimals, never "-0". */
    static String format(double v, int decimals) {
        String s = PyFormat.fixed(v, decimals);
        return s.startsWith("-") && Double.parseDouble(s) == 0 ? s.substring(1) : s;
    }
}
