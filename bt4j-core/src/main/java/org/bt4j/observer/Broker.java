package org.bt4j.observer;

/**
 * backtrader's {@code Broker} observer: the broker's cash and value on every bar (lines
 * {@code cash}, {@code value}); in fund mode the value is the fund value. Engine thread only.
 */
public final class Broker extends Observer {

    private final Boolean fund;
    private boolean fundMode;
    private org.bt4j.broker.Broker broker;

    /** Value or fund value as the broker's fund mode says. */
    public Broker() {
        this(null);
    }

    /** {@code fund}: force fund mode on or off (null: the broker's). */
    public Broker(Boolean fund) {
        super("cash", "value");
        this.fund = fund;
    }

    /** backtrader's {@code fund}. */
    @Override
    public java.util.Map<String, Object> params() {
        java.util.Map<String, Object> p = new java.util.LinkedHashMap<>();
        p.put("fund", fund);
        return p;
    }

    @Override
    protected void onStart() {
        broker = strategy.broker();
        fundMode = fund != null ? fund : broker.fundMode();
    }

    @Override
    protected void onNext() {
        org.bt4j.broker.Broker b = broker;
        out(0).set(0, b.getCash());
        out(1).set(0, fundMode ? b.fundValue() : b.getValue());
    }
}
