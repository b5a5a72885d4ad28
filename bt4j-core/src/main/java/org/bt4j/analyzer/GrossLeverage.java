package org.bt4j.analyzer;

/**
 * backtrader's {@code GrossLeverage}: per bar of data 0, {@code (value - cash) / value}: 0 fully
 * in cash, 1 fully invested without shorting. Keys are data 0's bar times. Engine thread only.
 */
public final class GrossLeverage extends AnalyzerBase {

    private Boolean fund;
    private boolean fundMode;
    private double cash;
    private double value;

    /** backtrader's only parameter, {@code fund}. */
    @Override
    public java.util.Map<String, Object> params() {
        java.util.Map<String, Object> p = new java.util.LinkedHashMap<>();
        p.put("fund", fund);
        return p;
    }

    /** Force fund mode on or off (null: the broker's). */
    public GrossLeverage fund(Boolean on) {
        this.fund = on;
        return this;
    }

    @Override
    protected void onStart() {
        fundMode = fundMode(fund);
    }

    @Override
    protected void onFund(double c, double v, double fundValue, double shares) {
        cash = c;
        value = fundMode ? fundValue : v;
    }

    @Override
    protected void onNext() {
        rets.put(key(local(data.datetime(0))), (value - cash) / value);
    }
}
