package org.bt4j.sizer;

import org.bt4j.broker.CommInfo;
import org.bt4j.feed.DataFeed;

/**
 * backtrader's default sizer {@code FixedSize}: always {@code stake} units, or
 * {@code stake / tranches} (truncated) when scaling in tranches. Immutable.
 */
public final class FixedSize extends Sizer {

    private final double stake;
    private final int tranches;

    /** A stake of 1. */
    public FixedSize() {
        this(1, 1);
    }

    public FixedSize(double stake) {
        this(stake, 1);
    }

    public FixedSize(double stake, int tranches) {
        if (!(stake > 0)) {
            throw new IllegalArgumentException("stake must be > 0, got " + stake);
        }
        if (tranches < 1) {
            throw new IllegalArgumentException("tranches must be >= 1, got " + tranches);
        }
        this.stake = stake;
        this.tranches = tranches;
    }

    @Override
    protected double computeSize(CommInfo commInfo, double cash, DataFeed data, boolean isBuy) {
        if (tranches > 1) {
            return Math.abs((long) (stake / tranches));
        }
        return stake;
    }
}
