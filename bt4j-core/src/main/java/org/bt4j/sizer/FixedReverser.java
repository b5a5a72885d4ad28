package org.bt4j.sizer;

import org.bt4j.broker.CommInfo;
import org.bt4j.feed.DataFeed;

/**
 * backtrader's {@code FixedReverser}: {@code stake} when flat, twice the stake when a position is
 * open (so one order reverses it). Immutable.
 */
public final class FixedReverser extends Sizer {

    private final double stake;

    public FixedReverser(double stake) {
        if (!(stake > 0)) {
            throw new IllegalArgumentException("stake must be > 0, got " + stake);
        }
        this.stake = stake;
    }

    @Override
    protected double computeSize(CommInfo commInfo, double cash, DataFeed data, boolean isBuy) {
        return stake * (broker().getPosition(data).size() != 0 ? 2 : 1);
    }
}
