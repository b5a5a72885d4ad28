package org.bt4j.indicator;

import org.bt4j.line.Line;

/**
 * backtrader's {@code ApplyN}: a user function of the last {@code period} values,
 * {@code apply = func(data.get(size=period))}, e.g.
 * {@code new ApplyN(close, 10, w -> w.max() - w.min())}. Line {@code apply}; minimum period = the
 * input's + period - 1. Both run modes call the function with the same window contents.
 * Engine thread only.
 */
public final class ApplyN extends WindowFunction {

    private final WindowOp func;
    private final ArrayWindow view = new ArrayWindow();

    /** {@code func} over the last {@code period} values of {@code input}. */
    public ApplyN(Line input, int period, WindowOp func) {
        super("apply", input, period);
        if (func == null) {
            throw new IllegalArgumentException("ApplyN needs a func");
        }
        this.func = func;
    }

    @Override
    double apply(double[] a, int from, int n) {
        return func.apply(view.reset(a, from, n));
    }
}
