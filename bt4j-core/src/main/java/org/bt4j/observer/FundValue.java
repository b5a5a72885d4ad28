package org.bt4j.observer;

/** backtrader's {@code FundValue} observer: the broker's fund value per bar (line {@code fundval}). Engine thread only. */
public final class FundValue extends Observer {

    /** A fund value observer. */
    public FundValue() {
        super("fundval");
    }

    /** backtrader's {@code FundValue} has no parameters. */
    @Override
    public java.util.Map<String, Object> params() {
        return java.util.Map.of();
    }

    @Override
    protected void onNext() {
        out(0).set(0, strategy.broker().fundValue());
    }
}
