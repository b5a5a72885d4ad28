package org.bt4j.research;

import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.bt4j.broker.Broker;
import org.bt4j.engine.Cerebro;
import org.bt4j.feed.DataFeed;
import org.bt4j.strategy.Strategy;

/**
 * A {@link Probe} running one strategy with fixed parameters in a {@link Cerebro} (no default
 * observers), each call with a new strategy and a new broker from the factory. Immutable; each
 * call runs on the calling thread.
 */
public final class StrategyProbe implements Probe {

    private final Class<? extends Strategy> type;
    private final Map<String, ?> params;
    private final Supplier<? extends Broker> broker;
    private final boolean runonce;

    /** The strategy {@code type} with {@code params}, its broker from {@code broker}, vectorised or bar by bar. */
    public StrategyProbe(Class<? extends Strategy> type, Map<String, ?> params, Supplier<? extends Broker> broker,
                         boolean runonce) {
        this.type = Objects.requireNonNull(type, "type");
        this.params = Map.copyOf(params);
        this.broker = Objects.requireNonNull(broker, "broker");
        this.runonce = runonce;
    }

    @Override
    public Snapshot run(DataFeed data) {
        Broker b = broker.get();
        Cerebro c = new Cerebro().stdstats(false).runonce(runonce).setBroker(b).addData(data).addStrategy(type, params);
        Strategy s = c.run().get(0);
        long[] times = java.util.Arrays.copyOf(data.datetime().array(), data.size());
        return new Snapshot(times, Snapshot.lines(s.indicators(), data.size()), Snapshot.decisions(s.orders(), times),
            b.getValue());
    }
}
