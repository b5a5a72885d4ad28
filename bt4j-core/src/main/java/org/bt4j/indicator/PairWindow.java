package org.bt4j.indicator;

import org.bt4j.line.Indicator;
import org.bt4j.line.Line;

/**
 * A function of the last {@code period} values of two series — backtrader's {@code PeriodN} with
 * two datas, as the regression and cointegration indicators use it: {@code data0.get(size=period)}
 * and {@code data1.get(size=period)}, oldest first. Computed identically in both run modes (bar by
 * bar the windows are copied into reusable scratch arrays). The minimum period is the larger of
 * the two inputs' plus {@code period - 1}. Engine thread only.
 */
abstract class PairWindow extends Indicator {

    private final int period;
    private final double[] window0;
    private final double[] window1;
    private final double[] result;

    PairWindow(String[] names, Line data0, Line data1, int period) {
        super(names, data0, data1);
        this.period = Params.period(period);
        this.window0 = new double[period];
        this.window1 = new double[period];
        this.result = new double[names.length];
        addMinPeriod(period);
    }

    /** The window length. */
    public final int period() {
        return period;
    }

    /**
     * Computes every output from {@code d0[f0 .. f0 + n)} and {@code d1[f1 .. f1 + n)} (oldest
     * first) into {@code out}, one value per line.
     */
    abstract void compute(double[] d0, int f0, double[] d1, int f1, int n, double[] out);

    @Override
    protected final void next() {
        Line a = input(0);
        Line b = input(1);
        for (int j = 0; j < period; j++) {
            window0[j] = a.get(j + 1 - period);
            window1[j] = b.get(j + 1 - period);
        }
        compute(window0, 0, window1, 0, period, result);
        for (int k = 0; k < result.length; k++) {
            out(k).set(0, result[k]);
        }
    }

    @Override
    protected final void once(int start, int end) {
        double[] a = input(0).buffer().array();
        double[] b = input(1).buffer().array();
        for (int i = start; i < end; i++) {
            int from = i - period + 1;
            compute(a, from, b, from, period, result);
            for (int k = 0; k < result.length; k++) {
                out(k).array()[i] = result[k];
            }
        }
    }
}
