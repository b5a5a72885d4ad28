package org.bt4j.indicator;

/**
 * A read-only view of the last {@code period} values of a line, oldest first — what backtrader
 * hands a user function as {@code data.get(size=period)}. Given to {@link WindowOp}s by
 * {@link ApplyN}, {@link FindFirstIndex} and {@link FindLastIndex}; the same view object is reused
 * for every bar, so a function must not keep it beyond its call. Engine thread only.
 */
public interface Window {

    /** Number of values (the period). */
    int size();

    /** Value {@code i}, 0 being the oldest and {@code size() - 1} the current bar. */
    double get(int i);

    /** The value {@code k} bars ago (0 = current bar). */
    default double ago(int k) {
        return get(size() - 1 - k);
    }

    /** Python's {@code max(window)}: the first value, replaced only by strictly greater ones. */
    default double max() {
        double m = get(0);
        for (int i = 1, n = size(); i < n; i++) {
            double v = get(i);
            if (v > m) {
                m = v;
            }
        }
        return m;
    }

    /** Python's {@code min(window)}. */
    default double min() {
        double m = get(0);
        for (int i = 1, n = size(); i < n; i++) {
            double v = get(i);
            if (v < m) {
                m = v;
            }
        }
        return m;
    }
}
