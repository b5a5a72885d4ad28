package org.bt4j.sizer;

/** backtrader's {@code AllInSizer}: all the cash (100%), fractional sizes. Immutable. */
public final class AllInSizer extends PercentSizer {

    public AllInSizer() {
        super(100, false);
    }
}
