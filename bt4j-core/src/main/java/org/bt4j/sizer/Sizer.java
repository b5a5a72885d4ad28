package org.bt4j.sizer;

import java.util.Objects;
import org.bt4j.broker.Broker;
import org.bt4j.broker.CommInfo;
import org.bt4j.feed.DataFeed;

/**
 * Decides the size of an order placed without one (backtrader's {@code Sizer}). Subclasses
 * implement {@link #computeSize}; the strategy uses the absolute value. A sizer is bound to one
 * strategy's broker for a run and used on the engine thread only.
 */
public abstract class Sizer {

    private Broker broker;

    /** Binds the sizer to the broker of the run (engine use). */
    public final void bind(Broker b) {
        this.broker = Objects.requireNonNull(b, "broker");
    }

    /** The broker this sizer is bound to. */
    protected final Broker broker() {
        if (broker == null) {
            throw new IllegalStateException(getClass().getSimpleName() + " is not bound to a broker yet");
        }
        return broker;
    }

    /** The size for an order in {@code data}: a buy when {@code isBuy}. */
    public final double getSizing(DataFeed data, boolean isBuy) {
        Broker b = broker();
        return computeSize(b.getCommissionInfo(data), b.getCash(), data, isBuy);
    }

    /** The size from the data's commission scheme and the available cash. */
    protected abstract double computeSize(CommInfo commInfo, double cash, DataFeed data, boolean isBuy);
}
