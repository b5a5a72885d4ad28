package org.bt4j.sizer;

import org.bt4j.broker.CommInfo;
import org.bt4j.feed.DataFeed;

/**
 * backtrader's {@code PercentSizer}: {@code percents}% of the cash divided by the close when
 * flat. As in backtrader, when a position is open it returns that position's size. With
 * {@code retint} the size is truncated to an integer. Subclasses fix the parameters
 * ({@link AllInSizer}, {@link PercentSizerInt}, {@link AllInSizerInt}). Immutable.
 */
public class PercentSizer extends Sizer {

    private final double percents;
    private final boolean retint;

    /** 20% of the cash, fractional sizes. */
    public PercentSizer() {
        this(20, false);
    }

    public PercentSizer(double percents, boolean retint) {
        if (!(percents > 0)) {
            throw new IllegalArgumentException("percents must be > 0, got " + percents);
        }
        this.percents = percents;
        this.retint = retint;
    }

    @Override
    protected final double computeSize(CommInfo commInfo, double cash, DataFeed data, boolean isBuy) {
        double posSize = broker().getPosition(data).size();
        double size = posSize == 0 ? cash / data.close().get(0) * (percents / 100) : posSize;
        return retint ? (double) (long) size : size;
    }
}
