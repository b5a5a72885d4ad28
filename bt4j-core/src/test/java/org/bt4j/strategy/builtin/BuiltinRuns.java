package org.bt4j.strategy.builtin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bt4j.broker.BackBroker;
import org.bt4j.broker.Trade;
import org.bt4j.engine.Cerebro;
import org.bt4j.order.Order;
import org.bt4j.strategy.Strategy;
import org.bt4j.testkit.DailyBars;

/**
 * The hand-made series the built-in strategy tests share, run with fast=2, slow=3 on a default
 * BackBroker (cash 10000, no commission).
 *
 * <pre>
 * bar    0    1    2    3    4    5    6    7    8    9   10   11
 * open  10 10.5  9.5  8.5  9.5 11.5 12.5 11.5  9.5  8.5  9.5 11.5   (previous close + 0.5)
 * high  11 11.5 10.5   10   12   13 13.5 12.5 10.5   10   12   13   (max(open, close) + 1)
 * low    9    8    7  7.5  8.5 10.5   10    8    7  7.5  8.5 10.5   (min(open, close) - 1)
 * close 10    9    8    9   11   12   11    9    8    9   11   12
 * SMA2   -  9.5  8.5  8.5   10 11.5 11.5   10  8.5  8.5   10 11.5
 * SMA3   -    -    9 8.67 9.33 10.67 11.33 10.67 9.33 8.67 9.33 10.67
 * cross                0   +1    0    0   -1    0    0   +1    0   (defined from bar 3)
 * </pre>
 *
 * So every strategy first acts on bar 4 (cross up), sees a cross down on bar 7 and a cross up on
 * bar 10; a Market order created on bar t fills at the open of bar t+1.
 */
final class BuiltinRuns {

    private BuiltinRuns() {
    }

    private static final double[][] BARS = {
        {10, 11, 9, 10, 1000},
        {10.5, 11.5, 8, 9, 1000},
        {9.5, 10.5, 7, 8, 1000},
        {8.5, 10, 7.5, 9, 1000},
        {9.5, 12, 8.5, 11, 1000},
        {11.5, 13, 10.5, 12, 1000},
        {12.5, 13.5, 10, 11, 1000},
        {11.5, 12.5, 8, 9, 1000},
        {9.5, 10.5, 7, 8, 1000},
        {8.5, 10, 7.5, 9, 1000},
        {9.5, 12, 8.5, 11, 1000},
        {11.5, 13, 10.5, 12, 1000},
    };

    /** The outcome of one run. */
    record Run(Strategy strategy, BackBroker broker) {

        List<Order> orders() {
            return strategy.orders();
        }

        List<Trade> trades() {
            return strategy.trades();
        }

        /** Signed executed size of every order, in creation order (0 for unfilled ones). */
        List<Double> executedSizes() {
            List<Double> out = new ArrayList<>();
            for (Order o : orders()) {
                out.add(o.executed().size());
            }
            return out;
        }

        /** Average fill price of every order, in creation order (0 for unfilled ones). */
        List<Double> fillPrices() {
            List<Double> out = new ArrayList<>();
            for (Order o : orders()) {
                out.add(o.executed().price());
            }
            return out;
        }
    }

    /** Runs {@code s} with fast=2, slow=3 plus {@code params} over the series above. */
    static Run run(Strategy s, Map<String, ?> params) {
        Map<String, Object> all = new java.util.LinkedHashMap<>(Map.of("fast", 2, "slow", 3));
        all.putAll(params);
        BackBroker broker = new BackBroker();
        new Cerebro().setBroker(broker).addData(DailyBars.ohlcv(BARS)).addStrategy(s, all).run();
        return new Run(s, broker);
    }
}
