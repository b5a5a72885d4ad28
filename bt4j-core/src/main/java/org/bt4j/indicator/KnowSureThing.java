package org.bt4j.indicator;

import static org.bt4j.indicator.LineOp.*;

import org.bt4j.line.Line;

/**
 * backtrader's {@code KnowSureThing} (alias KST): {@code kst = sum(rfactor_k * SMA(ROC100(rp_k),
 * rma_k))}, {@code signal = SMA(kst, rsignal)}. Lines {@code kst, signal}; defaults rp 10/15/20/30,
 * rma 10/10/10/10, rsignal 9, rfactors 1/2/3/4. Engine thread only.
 */
public final class KnowSureThing extends CompositeIndicator {

    /** KST with the defaults. */
    public KnowSureThing(Line data) {
        this(data, new int[] {10, 15, 20, 30}, new int[] {10, 10, 10, 10}, 9, new double[] {1.0, 2.0, 3.0, 4.0});
    }

    /** With every parameter (four ROC periods, four MA periods, the signal period, the factors). */
    public KnowSureThing(Line data, int[] rp, int[] rma, int rsignal, double[] rfactors) {
        this(building(() -> smoothedRates(data, rp, rma)), rsignal, rfactors);
    }

    /**
     * All four smoothed rates count for the minimum period even when fewer factors use them: in
     * backtrader every sub-indicator built in {@code __init__} does ({@code _periodrecalc}).
     */
    private KnowSureThing(Line[] rcma, int rsignal, double[] rfactors) {
        super(new String[] {"kst", "signal"}, () -> build(rcma, rsignal, rfactors), rcma);
    }

    private static Line[] smoothedRates(Line data, int[] rp, int[] rma) {
        if (rp.length != 4 || rma.length != 4) {
            throw new IllegalArgumentException("KST needs four rp and four rma periods");
        }
        Line[] rcma = new Line[4];
        for (int k = 0; k < 4; k++) {
            rcma[k] = MovAv.SMA.of(new RateOfChange100(data, rp[k]).line(0), rma[k]);
        }
        return rcma;
    }

    private static Line[] build(Line[] rcma, int rsignal, double[] rfactors) {
        if (rfactors.length == 0) {
            throw new IllegalArgumentException("KST needs at least one rfactor");
        }
        Line kst = null;
        int terms = Math.min(4, rfactors.length);
        for (int k = 0; k < terms; k++) {
            Line term = mul(rfactors[k], rcma[k]);
            kst = kst == null ? term : add(kst, term);
        }
        return new Line[] {kst, MovAv.SMA.of(kst, rsignal)};
    }
}
