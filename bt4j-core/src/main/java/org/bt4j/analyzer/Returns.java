package org.bt4j.analyzer;

import org.bt4j.time.TimeFrame;

/**
 * backtrader's {@code Returns}: logarithmic total return {@code rtot = ln(end/start)} of the
 * broker value, its average per period {@code ravg = rtot / periods}, and the annualised
 * {@code rnorm = expm1(ravg * tann)} (tann: Days 252, Weeks 52, Months 12, Years 1) and
 * {@code rnorm100}. Engine thread only.
 */
public final class Returns extends TimeFrameAnalyzerBase {

    private Double tann;
    private Boolean fund;
    private boolean fundMode;
    private double valueStart;
    private int tcount;

    /** Periods of the data's time frame. */
    public Returns() {
        super(null, 0);
    }

    /** Periods of {@code timeFrame}/{@code compression} (null/0: the data's). */
    public Returns(TimeFrame timeFrame, int compression) {
        super(timeFrame, compression);
    }

    /** Periods per year used to annualise (null: by time frame). */
    public Returns tann(Double periodsPerYear) {
        this.tann = periodsPerYear;
        return this;
    }

    /** Force fund mode on or off (null: the broker's). */
    public Returns fund(Boolean on) {
        this.fund = on;
        return this;
    }

    /**
     * backtrader's periods per year of a time frame, shared with {@link SharpeRatio}: Days 252,
     * Weeks 52, Months 12, Years 1; null for intraday frames (no annualisation).
     */
    static Double periodsPerYear(TimeFrame tf) {
        switch (tf) {
            case Days:
                return 252.0;
            case Weeks:
                return 52.0;
            case Months:
                return 12.0;
            case Years:
                return 1.0;
            default:
                return null;
        }
    }

    /** backtrader's {@code tann} and {@code fund} after the period's. */
    @Override
    public java.util.Map<String, Object> params() {
        java.util.Map<String, Object> p = super.params();
        p.put("tann", tann);
        p.put("fund", fund);
        return p;
    }

    @Override
    protected void onStart() {
        fundMode = fundMode(fund);
        valueStart = fundMode ? strategy.broker().fundValue() : strategy.broker().getValue();
        tcount = 0;
    }

    @Override
    protected void onDtOver() {
        tcount++;
    }

    @Override
    protected void onStop() {
        double valueEnd = fundMode ? strategy.broker().fundValue() : strategy.broker().getValue();
        double rtot;
        if (valueStart == 0) {
            rtot = Double.NEGATIVE_INFINITY;
        } else {
            double nlrtot = valueEnd / valueStart;
            rtot = nlrtot < 0.0 ? Double.NEGATIVE_INFINITY : Math.log(nlrtot);
        }
        rets.put("rtot", rtot);
        double ravg = rtot / tcount;
        rets.put("ravg", ravg);
        Double t = tann != null ? tann : periodsPerYear(timeFrame);
        if (t == null) {
            Double d = periodsPerYear(data.timeFrame());
            t = d != null ? d : 1.0;
        }
        double rnorm = ravg > Double.NEGATIVE_INFINITY ? Math.expm1(ravg * t) : ravg;
        rets.put("rnorm", rnorm);
        rets.put("rnorm100", rnorm * 100.0);
    }

    /** The average log return per period (after stop). */
    double ravg() {
        return (Double) rets.get("ravg");
    }

    /** The annualised return in percent (after stop). */
    double rnorm100() {
        return (Double) rets.get("rnorm100");
    }
}
