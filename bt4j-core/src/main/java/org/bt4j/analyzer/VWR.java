package org.bt4j.analyzer;

import java.util.ArrayList;
import java.util.List;
import org.bt4j.time.TimeFrame;

/**
 * backtrader's {@code VWR} (variability-weighted return): the annualised log return of a child
 * {@link Returns} penalised by the sample standard deviation of the value's deviations from a
 * steady exponential growth: {@code rnorm100 * (1 - (sdev / sdev_max) ^ tau)}. Engine thread only.
 */
public final class VWR extends TimeFrameAnalyzerBase {

    private double tau = 0.20;
    private double sdevMax = 2.0;
    private Boolean fund;
    private boolean fundMode;
    private final Returns returns;
    private final List<Double> pis = new ArrayList<>();
    private final List<Double> pns = new ArrayList<>();
    /** The current period's last value (backtrader's {@code pns[-1]}), stored into {@link #pns} when the period ends. */
    private double pn;
    private boolean havePn;

    /** Periods of the data's time frame, tau 0.2, sdev_max 2.0. */
    public VWR() {
        this(null, 0, null);
    }

    /** Periods of {@code timeFrame}/{@code compression}, annualised with {@code tann} (null: by time frame). */
    public VWR(TimeFrame timeFrame, int compression, Double tann) {
        super(timeFrame, compression);
        this.returns = addChild(new Returns(timeFrame, compression).tann(tann));
    }

    /** The penalty exponent (default 0.2). */
    public VWR tau(double t) {
        this.tau = t;
        return this;
    }

    /** The maximum standard deviation (default 2.0). */
    public VWR sdevMax(double s) {
        this.sdevMax = s;
        return this;
    }

    /** Force fund mode on or off (null: the broker's). */
    public VWR fund(Boolean on) {
        this.fund = on;
        returns.fund(on);
        return this;
    }

    /** backtrader's {@code tann}, {@code tau}, {@code sdev_max} and {@code fund} after the period's. */
    @Override
    public java.util.Map<String, Object> params() {
        java.util.Map<String, Object> p = super.params();
        p.put("tann", returns.params().get("tann"));
        p.put("tau", tau);
        p.put("sdev_max", sdevMax);
        p.put("fund", fund);
        return p;
    }

    @Override
    protected void onStart() {
        fundMode = fundMode(fund);
        pis.clear();
        pns.clear();
        pis.add(fundMode ? strategy.broker().fundValue() : strategy.broker().getValue());
        havePn = false;
    }

    @Override
    protected void onFund(double cash, double value, double fundValue, double shares) {
        pn = fundMode ? fundValue : value;
        havePn = true;
    }

    @Override
    protected void onDtOver() {
        Double last = havePn ? pn : null;
        pns.add(last);
        pis.add(last);
        havePn = false;
    }

    @Override
    protected void onStop() {
        if (havePn) {
            pns.add(pn);
        } else {
            pis.remove(pis.size() - 1);
        }
        double ravg = returns.ravg();
        double rnorm100 = returns.rnorm100();
        List<Double> dts = new ArrayList<>(pis.size());
        for (int n = 1; n <= pis.size(); n++) {
            dts.add(pns.get(n - 1) / (pis.get(n - 1) * Math.exp(ravg * n)) - 1.0);
        }
        double sdev = standardDev(dts, null, true);
        rets.put("vwr", rnorm100 * (1.0 - Math.pow(sdev / sdevMax, tau)));
    }
}
