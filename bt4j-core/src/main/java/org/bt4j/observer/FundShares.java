package org.bt4j.observer;

/** backtrader's {@code FundShares} observer: the broker's fund shares per bar (line {@code fundshares}). Engine thread only. */
public final class FundShares extends Observer {

    /** A fund shares observer. */
    public FundShares() {
        super("fundshares");
    }

    /** backtrader's {@code FundShares} has no parameters. */
    @Override
    public java.util.Map<String, Object> params() {
        return java.util.Map.of();
    }

    @Override
    protected void onNext() {
        out(0).set(0, strategy.broker().fundShares());
    }
}
