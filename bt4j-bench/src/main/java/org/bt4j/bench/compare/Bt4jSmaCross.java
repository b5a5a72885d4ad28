package org.bt4j.bench.compare;

import java.util.Map;
import org.bt4j.broker.Broker;
import org.bt4j.engine.Cerebro;
import org.bt4j.feed.DataFeed;
import org.bt4j.strategy.Strategy;
import org.bt4j.strategy.builtin.SmaCross;

/**
 * Runs BT-SMACROSS-10-30 through the real bt4j engine: {@link Cerebro} with the built-in
 * {@code smacross} strategy (Market entries, stake 1) and the default simulated broker (cash
 * 10000, no commission), in one of backtrader's three run modes, with or without the standard
 * observers. Stateless; each call builds its
 * own engine on the calling thread.
 */
public final class Bt4jSmaCross {

    /** backtrader's run modes as the comparison names them. */
    public enum Mode {
        /** {@code preload=True, runonce=True}: indicators vectorised over whole arrays. */
        RUNONCE("runonce"),
        /** {@code preload=True, runonce=False}: every indicator steps bar by bar. */
        RUNNEXT("bar by bar"),
        /** {@code exactbars=1}: no preload, every line a small ring, memory flat. */
        EXACTBARS("exactbars=1");

        private final String label;

        Mode(String label) {
            this.label = label;
        }

        /** The label printed by the harness. */
        public String label() {
            return label;
        }
    }

    private Bt4jSmaCross() {
    }

    /**
     * Runs the strategy over {@code feed}. For {@link Mode#RUNONCE} and {@link Mode#RUNNEXT} a
     * preloaded feed is rewound and reused (so loading stays outside the loop); for
     * {@link Mode#EXACTBARS} the feed must be fresh (not preloaded) and is consumed.
     */
    public static SmaCrossResult run(DataFeed feed, Mode mode) {
        return run(feed, mode, true);
    }

    /**
     * As {@link #run(DataFeed, Mode)}, choosing whether backtrader's standard observers (Broker,
     * BuySell, Trades; {@code stdstats}, on by default as in backtrader) are attached. They keep
     * only their last bars, as {@code bt4j backtest} runs them ({@code Cerebro.keepObserverLines}).
     */
    public static SmaCrossResult run(DataFeed feed, Mode mode, boolean stdstats) {
        return run(feed, mode, stdstats, false);
    }

    /**
     * As {@link #run(DataFeed, Mode, boolean)}; with {@code observerHistory} the observers keep
     * every bar's values ({@code Cerebro}'s default, backtrader's).
     */
    public static SmaCrossResult run(DataFeed feed, Mode mode, boolean stdstats, boolean observerHistory) {
        if (mode == Mode.EXACTBARS && feed.isPreloaded()) {
            throw new IllegalArgumentException("exactbars=1 streams its feed; pass a fresh, not preloaded feed");
        }
        if (feed.isPreloaded()) {
            feed.home();
        }
        Cerebro cerebro = new Cerebro()
            .addData(feed)
            .addStrategy(SmaCross.class, Map.of())
            .stdstats(stdstats)
            .runonce(mode == Mode.RUNONCE)
            .exactbars(mode == Mode.EXACTBARS ? 1 : 0)
            .keepObserverLines(observerHistory);
        Strategy s = cerebro.run().get(0);
        return resultOf(s, cerebro.broker());
    }

    private static SmaCrossResult resultOf(Strategy s, Broker broker) {
        // counters, not the lists: an exactbars=1 run keeps only live orders and open trades
        return new SmaCrossResult(s.closedTradeCount(), s.completedOrderCount(), s.position().size(), broker.getCash(),
            broker.getValue());
    }
}
