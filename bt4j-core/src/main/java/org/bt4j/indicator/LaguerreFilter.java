package org.bt4j.indicator;

import org.bt4j.line.Line;

/**
 * backtrader's {@code LaguerreFilter} (alias LAGF), Ehlers:
 * {@code (l0 + 2 l1 + 2 l2 + l3) / 6} of the Laguerre stages. Line {@code lfilter}; defaults
 * gamma 0.5, period 1. Engine thread only.
 */
public final class LaguerreFilter extends Laguerre {

    /** LAGF(gamma 0.5). */
    public LaguerreFilter(Line data) {
        this(data, 0.5);
    }

    /** With {@code gamma}. */
    public LaguerreFilter(Line data, double gamma) {
        super("lfilter", data, 1, gamma);
    }

    @Override
    double output(double l0, double l1, double l2, double l3) {
        return (l0 + (2.0 * l1) + (2.0 * l2) + l3) / 6.0;
    }
}
