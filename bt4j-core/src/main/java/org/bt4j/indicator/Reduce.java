package org.bt4j.indicator;

import java.util.function.DoubleBinaryOperator;
import org.bt4j.line.Indicator;
import org.bt4j.line.Line;

/**
 * backtrader's {@code Reduce} function: {@code functools.reduce(function, [a[0], b[0], ...])} per
 * bar. Line {@code reduce}. Engine thread only.
 */
public final class Reduce extends Indicator {

    private final DoubleBinaryOperator function;

    /** Folds the current values of {@code args} with {@code function}, left to right. */
    public Reduce(DoubleBinaryOperator function, Line... args) {
        super(new String[] {"reduce"}, args);
        this.function = function;
    }

    @Override
    protected void next() {
        double acc = input(0).get(0);
        for (int k = 1; k < inputCount(); k++) {
            acc = function.applyAsDouble(acc, input(k).get(0));
        }
        out(0).set(0, acc);
    }
}
