package org.bt4j.observer;

import java.util.Map;

/**
 * backtrader's {@code DrawDown} observer: lines {@code drawdown} and {@code maxdrawdown} (in
 * percent) per bar, taken from an owned {@link org.bt4j.analyzer.DrawDown} analyzer (so they are
 * 0 during the strategy's warm-up, as in backtrader). Engine thread only.
 */
public final class DrawDown extends Observer {

    private final org.bt4j.analyzer.DrawDown dd;

    /** Drawdown of the value or fund value as the broker's fund mode says. */
    public DrawDown() {
        this(null);
    }

    /** {@code fund}: force fund mode on or off (null: the broker's). */
    public DrawDown(Boolean fund) {
        super("drawdown", "maxdrawdown");
        dd = addAnalyzer(new org.bt4j.analyzer.DrawDown().fund(fund));
    }

    /** backtrader's {@code fund}. */
    @Override
    public java.util.Map<String, Object> params() {
        java.util.Map<String, Object> p = new java.util.LinkedHashMap<>();
        p.put("fund", dd.params().get("fund"));
        return p;
    }

    @Override
    protected void onNext() {
        Map<String, Object> r = dd.analysis();
        out(0).set(0, ((Number) r.get("drawdown")).doubleValue());
        out(1).set(0, ((Number) ((Map<?, ?>) r.get("max")).get("drawdown")).doubleValue());
    }
}
