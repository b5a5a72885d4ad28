package org.bt4j.indicator;

/**
 * The running state of a recursive indicator (Laguerre stages, the Parabolic SAR machine) as
 * values, with a copy taken when a bar is first computed: computing the same bar again — replay
 * updates the current bar in place and recomputes it — starts from that copy instead of stepping
 * the state twice. Indicators call {@link #enter(int)} once per computation of a bar (from the
 * method the engine called, not from nested helpers) and then read and write {@link #values()}.
 * Not thread-safe.
 */
final class BarState {

    private final double[] values;
    private final double[] saved;
    private int savedLen = -1;

    /** {@code size} state values, all 0. */
    BarState(int size) {
        this.values = new double[size];
        this.saved = new double[size];
    }

    /** The live state. */
    double[] values() {
        return values;
    }

    /**
     * Starts computing the bar at length {@code len}: when that bar was computed before, the state
     * goes back to what it was then; otherwise the current state is remembered as this bar's start.
     */
    void enter(int len) {
        if (len == savedLen) {
            System.arraycopy(saved, 0, values, 0, values.length);
        } else {
            System.arraycopy(values, 0, saved, 0, values.length);
            savedLen = len;
        }
    }
}
