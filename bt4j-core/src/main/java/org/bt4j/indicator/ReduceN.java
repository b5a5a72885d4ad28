package org.bt4j.indicator;

import java.util.function.DoubleBinaryOperator;
import org.bt4j.line.Line;

/**
 * backtrader's {@code ReduceN}: {@code functools.reduce(function, data.get(size=period))}, folding
 * the window left to right (oldest first), optionally starting from an {@code initializer} as
 * Python's {@code reduce(function, window, initializer)} does. Line {@code reduced}; minimum period
 * = the input's + period - 1. Engine thread only.
 */
public final class ReduceN extends WindowFunction {

    private final DoubleBinaryOperator function;
    private final boolean hasInitializer;
    private final double initializer;

    /** Reduces the last {@code period} values of {@code input} with {@code function}. */
    public ReduceN(DoubleBinaryOperator function, Line input, int period) {
        this(function, input, period, false, Double.NaN);
    }

    /** Reduces the last {@code period} values, starting from {@code initializer}. */
    public ReduceN(DoubleBinaryOperator function, Line input, int period, double initializer) {
        this(function, input, period, true, initializer);
    }

    private ReduceN(DoubleBinaryOperator function, Line input, int period, boolean hasInitializer,
                    double initializer) {
        super("reduced", input, period);
        if (function == null) {
            throw new IllegalArgumentException("ReduceN needs a function");
        }
        this.function = function;
        this.hasInitializer = hasInitializer;
        this.initializer = initializer;
    }

    @Override
    double apply(double[] a, int from, int n) {
        double acc = hasInitializer ? function.applyAsDouble(initializer, a[from]) : a[from];
        for (int j = from + 1; j < from + n; j++) {
            acc = function.applyAsDouble(acc, a[j]);
        }
        return acc;
    }
}
