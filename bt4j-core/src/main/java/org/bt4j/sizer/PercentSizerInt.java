package org.bt4j.sizer;

/** backtrader's {@code PercentSizerInt}: like {@link PercentSizer}, truncated to whole units. Immutable. */
public final class PercentSizerInt extends PercentSizer {

    /** 20% of the cash. */
    public PercentSizerInt() {
        super(20, true);
    }

    public PercentSizerInt(double percents) {
        super(percents, true);
    }
}
