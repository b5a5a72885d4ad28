package org.bt4j.sizer;

/** backtrader's {@code AllInSizerInt}: all the cash, truncated to whole units. Immutable. */
public final class AllInSizerInt extends PercentSizer {

    public AllInSizerInt() {
        super(100, true);
    }
}
