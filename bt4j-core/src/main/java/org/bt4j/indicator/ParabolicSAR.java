package org.bt4j.indicator;

import org.bt4j.feed.DataFeed;
import org.bt4j.line.Indicator;

/**
 * backtrader's {@code ParabolicSAR} (alias PSAR), Wilder's stop-and-reverse: the first trend is
 * taken from the second bar's close against the first's, then the SAR moves by
 * {@code af * (ep - sar)}, af growing by {@code af} up to {@code afmax} on each new extreme, never
 * inside the last two bars' range, reversing when price crosses it. Line {@code psar}; defaults
 * period 2, af 0.02, afmax 0.20. Like backtrader (which keeps one state per bar parity),
 * recomputing the current bar (replay) starts from the previous bar's state. Engine thread only.
 */
public final class ParabolicSAR extends Indicator {

    private final DataFeed data;
    private final double af0;
    private final double afmax;
    private boolean started;
    private boolean tr;
    private double sar;
    private double ep;
    private double af;
    private final BarState state = new BarState(5);

    /** PSAR(2, 0.02, 0.20). */
    public ParabolicSAR(DataFeed data) {
        this(data, 2, 0.02, 0.20);
    }

    /** With every parameter. */
    public ParabolicSAR(DataFeed data, int period, double af, double afmax) {
        super(new String[] {"psar"}, data, data.high(), data.low(), data.close());
        this.data = data;
        this.af0 = af;
        this.afmax = afmax;
        addMinPeriod(Params.period(period));
        for (int k = 0; k < 3; k++) {
            input(k).buffer().requireLookback(2);
        }
    }

    @Override
    protected void prenext() {
        enter();
        warmUp();
    }

    @Override
    protected void nextStart() {
        enter();
        start();
    }

    @Override
    protected void next() {
        enter();
        stepSar();
    }

    /**
     * Makes the state the one this bar started from: remembered on its first computation, put
     * back when the bar is computed again (replay), so the machine never steps twice per bar.
     */
    private void enter() {
        double[] v = state.values();
        v[0] = started ? 1.0 : 0.0;
        v[1] = tr ? 1.0 : 0.0;
        v[2] = sar;
        v[3] = ep;
        v[4] = af;
        state.enter(len());
        started = v[0] != 0.0;
        tr = v[1] != 0.0;
        sar = v[2];
        ep = v[3];
        af = v[4];
    }

    private void warmUp() {
        if (len() == 1) {
            started = false;
            return;
        }
        if (len() == 2) {
            start();
        } else {
            stepSar();
        }
        out(0).set(0, Double.NaN);
    }

    private void start() {
        if (started) {
            stepSar();
            return;
        }
        started = true;
        sar = (data.high().get(0) + data.low().get(0)) / 2.0;
        af = af0;
        if (data.close().get(0) >= data.close().get(-1)) {
            tr = false;
            ep = data.low().get(-1);
        } else {
            tr = true;
            ep = data.high().get(-1);
        }
        stepSar();
    }

    private void stepSar() {
        out(0).set(0, step(data.high().get(0), data.low().get(0), data.high().get(-1), data.low().get(-1)));
    }

    @Override
    protected void preOnce(int start, int end) {
        replay(start, end, true);
    }

    @Override
    protected void once(int start, int end) {
        replay(start, end, false);
    }

    /** Vectorised mode walks the same state machine, bar by bar, over the arrays. */
    private void replay(int start, int end, boolean warmUp) {
        for (int i = start; i < end; i++) {
            data.seek(i);
            out(0).seek(i);
            if (warmUp) {
                prenext();
            } else if (i == start) {
                nextStart();
            } else {
                next();
            }
        }
    }

    /** One bar: returns today's SAR and prepares tomorrow's state. */
    private double step(double hi, double lo, double hi1, double lo1) {
        boolean t = tr;
        double s = sar;
        double e;
        double a;
        if ((t && s >= lo) || (!t && s <= hi)) {
            t = !t;
            s = ep;
            e = t ? hi : lo;
            a = af0;
        } else {
            e = ep;
            a = af;
        }
        double today = s;
        if (t) {
            if (hi > e) {
                e = hi;
                a = Math.min(a + af0, afmax);
            }
        } else if (lo < e) {
            e = lo;
            a = Math.min(a + af0, afmax);
        }
        s = s + a * (e - s);
        if (t) {
            if (s > lo || s > lo1) {
                s = lo1 < lo ? lo1 : lo;
            }
        } else if (s < hi || s < hi1) {
            s = hi1 > hi ? hi1 : hi;
        }
        tr = t;
        sar = s;
        ep = e;
        af = a;
        return today;
    }
}
