package org.bt4j.observer;

import org.bt4j.broker.Trade;

/**
 * backtrader's {@code Trades} observer: on a bar where a trade closed, its profit (after
 * commission unless {@code pnlcomm} is off) goes to line {@code pnlplus} when {@code >= 0},
 * else to {@code pnlminus}; NaN on other bars (the last trade of a bar wins, as in backtrader).
 * Every data's trades count. Engine thread only.
 */
public final class Trades extends Observer {

    private final boolean pnlComm;
    private double plus = Double.NaN;
    private double minus = Double.NaN;
    private boolean closed;

    /** Profit after commission. */
    public Trades() {
        this(true);
    }

    /** {@code pnlComm}: net of commission (backtrader's default) or gross. */
    public Trades(boolean pnlComm) {
        super(true, "pnlplus", "pnlminus");
        this.pnlComm = pnlComm;
    }

    /** backtrader's plot name of this observer. */
    @Override
    public String plotName() {
        return "Trades - Net Profit/Loss";
    }

    /** backtrader's {@code pnlcomm}. */
    @Override
    public java.util.Map<String, Object> params() {
        java.util.Map<String, Object> p = new java.util.LinkedHashMap<>();
        p.put("pnlcomm", pnlComm);
        return p;
    }

    @Override
    protected void onTrade(Trade trade) {
        if (!trade.isClosed()) {
            return;
        }
        closed = true;
        double pnl = pnlComm ? trade.pnlcomm() : trade.pnl();
        if (pnl >= 0.0) {
            plus = pnl;
        } else {
            minus = pnl;
        }
    }

    @Override
    protected void onNext() {
        // the lines hold NaN after the step's forward: write only on a bar where a trade closed
        if (closed) {
            out(0).set(0, plus);
            out(1).set(0, minus);
            plus = Double.NaN;
            minus = Double.NaN;
            closed = false;
        }
    }
}
