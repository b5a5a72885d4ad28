package org.bt4j.indicator;

import org.bt4j.line.Indicator;
import org.bt4j.line.Line;

/**
 * The four-stage Laguerre filter state shared by {@link LaguerreRSI} and {@link LaguerreFilter}:
 * {@code l0 = (1 - g) * x + g * l0'}, {@code l_k = -g * l_(k-1) + l_(k-1)' + g * l_k'}, starting from
 * zeros on the first computed bar. Subclasses turn the four stages into the output. Recomputing
 * the current bar (replay) starts again from the previous bar's stages ({@link BarState}), where
 * backtrader would step them twice. Engine thread only.
 */
abstract class Laguerre extends Indicator {

    private final double gamma;
    /** l0, l1, l2, l3. */
    private final BarState state = new BarState(4);

    Laguerre(String lineName, Line data, int period, double gamma) {
        super(new String[] {lineName}, data);
        this.gamma = gamma;
        addMinPeriod(Params.period(period));
    }

    abstract double output(double l0, double l1, double l2, double l3);

    private double step(double x) {
        double[] l = state.values();
        double g = gamma;
        double p0 = l[0];
        double p1 = l[1];
        double p2 = l[2];
        double l0 = (1.0 - g) * x + g * p0;
        double l1 = -g * l0 + p0 + g * p1;
        double l2 = -g * l1 + p1 + g * p2;
        double l3 = -g * l2 + p2 + g * l[3];
        l[0] = l0;
        l[1] = l1;
        l[2] = l2;
        l[3] = l3;
        return output(l0, l1, l2, l3);
    }

    @Override
    protected final void nextStart() {
        state.enter(len());
        java.util.Arrays.fill(state.values(), 0.0);
        out(0).set(0, step(input(0).get(0)));
    }

    @Override
    protected final void next() {
        state.enter(len());
        out(0).set(0, step(input(0).get(0)));
    }

    @Override
    protected final void once(int start, int end) {
        double[] x = input(0).buffer().array();
        double[] dst = out(0).array();
        java.util.Arrays.fill(state.values(), 0.0);
        for (int i = start; i < end; i++) {
            dst[i] = step(x[i]);
        }
    }
}
