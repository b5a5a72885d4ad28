package org.bt4j.analyzer;

import java.util.Map;
import org.bt4j.broker.Trade;
import org.bt4j.order.Order;
import org.bt4j.strategy.Strategy;

/**
 * Measures a strategy's run (backtrader's {@code Analyzer}): it is started with its strategy,
 * sees the same notifications the strategy sees, is stepped after each strategy
 * {@code prenext}/{@code nextstart}/{@code next}, and at the end returns its results as an
 * ordered map (backtrader's {@code get_analysis()}). Engine thread only.
 */
public interface Analyzer {

    /** Called once before the first bar, with the strategy being analysed. */
    default void start(Strategy strategy) {
    }

    /** The strategy is still warming up. */
    default void prenext() {
    }

    /** The first bar on which the strategy's {@code next} runs; calls {@link #next()} by default. */
    default void nextStart() {
        next();
    }

    /** A bar on which the strategy's {@code next} ran. */
    default void next() {
    }

    /** An order snapshot delivered to the strategy. */
    default void notifyOrder(Order order) {
    }

    /** A trade snapshot (opened or closed) delivered to the strategy. */
    default void notifyTrade(Trade trade) {
    }

    /** Cash and value of this bar cycle. */
    default void notifyCashValue(double cash, double value) {
    }

    /** Cash, value, fund value and fund shares of this bar cycle. */
    default void notifyFund(double cash, double value, double fundValue, double shares) {
    }

    /** Called once after the last bar. */
    default void stop() {
    }

    /**
     * backtrader's parameters of this analyzer ({@code p._getkwargs()}): name to value with
     * backtrader's names, order and defaults ({@code None} is null, a time frame is a
     * {@link org.bt4j.time.TimeFrame}), as a writer's {@code Params:} block prints them. Empty
     * for an analyzer without parameters; null (the default) when the class does not declare
     * them, and a writer then leaves the block out.
     */
    default Map<String, Object> params() {
        return null;
    }

    /** The results, in backtrader's key order (nested maps, lists, numbers, strings). */
    Map<String, Object> analysis();
}
