package org.bt4j.indicator;

import org.bt4j.line.Indicator;
import org.bt4j.line.Line;

/**
 * backtrader's {@code OperationN}: a function of the last {@code period} values (oldest first),
 * computed identically in both modes (bar by bar the window is copied into a reusable scratch
 * array). Engine thread only.
 */
abstract class WindowFunction extends Indicator {

    private final int period;
    private final double[] scratch;

    WindowFunction(String lineName, Line input, int period) {
        super(new String[] {lineName}, input);
        this.period = Params.period(period);
        this.scratch = new double[period];
        addMinPeriod(period);
    }

    /** The period. */
    public final int period() {
        return period;
    }

    /** The function of {@code a[from .. from + period)}. */
    abstract double apply(double[] a, int from, int period);

    @Override
    protected final void next() {
        Line in = input(0);
        for (int j = 0; j < period; j++) {
            scratch[j] = in.get(j + 1 - period);
        }
        out(0).set(0, apply(scratch, 0, period));
    }

    @Override
    protected final void once(int start, int end) {
        double[] src = input(0).buffer().array();
        double[] dst = out(0).array();
        for (int i = start; i < end; i++) {
            dst[i] = apply(src, i - period + 1, period);
        }
    }

    /** Python's {@code max(window)}: the first value, replaced only by strictly greater ones. */
    static double max(double[] a, int from, int n) {
        double m = a[from];
        for (int j = from + 1; j < from + n; j++) {
            if (a[j] > m) {
                m = a[j];
            }
        }
        return m;
    }

    /** Python's {@code min(window)}. */
    static double min(double[] a, int from, int n) {
        double m = a[from];
        for (int j = from + 1; j < from + n; j++) {
            if (a[j] < m) {
                m = a[j];
            }
        }
        return m;
    }
}
