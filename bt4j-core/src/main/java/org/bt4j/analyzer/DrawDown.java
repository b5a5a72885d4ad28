package org.bt4j.analyzer;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * backtrader's {@code DrawDown}: on every bar the drawdown from the running peak of the broker
 * value (fund value in fund mode) in percent and money, how many bars it has lasted, and the
 * maxima of the three: {@code {len, drawdown, moneydown, max: {len, drawdown, moneydown}}}.
 * Engine thread only.
 */
public final class DrawDown extends AnalyzerBase {

    private Boolean fund;
    private boolean fundMode;
    private double value;
    private double maxValue = Double.NEGATIVE_INFINITY;
    private int len;
    private double drawdown;
    private double moneydown;
    private int maxLen;
    private double maxDrawdown;
    private double maxMoneydown;

    /** backtrader's only parameter, {@code fund}. */
    @Override
    public java.util.Map<String, Object> params() {
        java.util.Map<String, Object> p = new java.util.LinkedHashMap<>();
        p.put("fund", fund);
        return p;
    }

    /** Force fund mode on or off (null: the broker's). */
    public DrawDown fund(Boolean on) {
        this.fund = on;
        return this;
    }

    @Override
    protected void onStart() {
        fundMode = fundMode(fund);
        publish();
    }

    @Override
    protected void onFund(double cash, double v, double fundValue, double shares) {
        value = fundMode ? fundValue : v;
        maxValue = Math.max(maxValue, value);
    }

    @Override
    protected void onNext() {
        drawdown = 100.0 * (maxValue - value) / maxValue;
        moneydown = maxValue - value;
        maxDrawdown = Math.max(maxDrawdown, drawdown);
        maxMoneydown = Math.max(maxMoneydown, moneydown);
        len = drawdown != 0 ? len + 1 : 0;
        maxLen = Math.max(maxLen, len);
    }

    /** The current figures (put into the results when read, not on every bar). */
    @Override
    public Map<String, Object> analysis() {
        publish();
        return rets;
    }

    @Override
    protected void onStop() {
        publish();
    }

    private void publish() {
        rets.put("len", len);
        rets.put("drawdown", drawdown);
        rets.put("moneydown", moneydown);
        Map<String, Object> max = new LinkedHashMap<>();
        max.put("len", maxLen);
        max.put("drawdown", maxDrawdown);
        max.put("moneydown", maxMoneydown);
        rets.put("max", max);
    }
}
