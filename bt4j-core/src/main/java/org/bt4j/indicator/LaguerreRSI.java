package org.bt4j.indicator;

import org.bt4j.line.Line;

/**
 * backtrader's {@code LaguerreRSI} (alias LRSI), Ehlers: the RSI of the four Laguerre stages,
 * {@code cu / (cu + cd)} (1.0 when both are zero). Line {@code lrsi}; defaults gamma 0.5,
 * period 6. Engine thread only.
 */
public final class LaguerreRSI extends Laguerre {

    /** LRSI(gamma 0.5, period 6). */
    public LaguerreRSI(Line data) {
        this(data, 0.5, 6);
    }

    /** With every parameter. */
    public LaguerreRSI(Line data, double gamma, int period) {
        super("lrsi", data, period, gamma);
    }

    @Override
    double output(double l0, double l1, double l2, double l3) {
        double cu = 0.0;
        double cd = 0.0;
        if (l0 >= l1) {
            cu = l0 - l1;
        } else {
            cd = l1 - l0;
        }
        if (l1 >= l2) {
            cu += l1 - l2;
        } else {
            cd += l2 - l1;
        }
        if (l2 >= l3) {
            cu += l2 - l3;
        } else {
            cd += l3 - l2;
        }
        double den = cu + cd;
        return den == 0.0 ? 1.0 : cu / den;
    }
}
