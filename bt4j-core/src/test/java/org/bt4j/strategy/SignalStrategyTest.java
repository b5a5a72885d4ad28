package org.bt4j.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.bt4j.engine.Cerebro;
import org.bt4j.feed.ArrayFeed;
import org.bt4j.order.Order;
import org.bt4j.strategy.SignalStrategy.SignalType;
import org.junit.jupiter.api.Test;

/**
 * The signal rules on a hand-made signal (backtrader's own outputs for SignalStrategy are the
 * samples' tests: slippage, sig-sma-cross, signals-strategy in bt4j-samples).
 */
class SignalStrategyTest {

    private static final long DAY = 86_400_000_000_000L;

    /** Prices 10, 11, ...; the signal is the close minus 12.5: short on bars 1-3, long from bar 4. */
    private static ArrayFeed feed(int n) {
        long[] t = new long[n];
        double[] p = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = 1_700_000_000_000_000_000L + i * DAY;
            p[i] = 10 + i;
        }
        return ArrayFeed.of("f", t, p, p, p, p, p, null);
    }

    @Test
    void aSignalAloneRunsAPlainSignalStrategyThatReversesOnLongShort() {
        List<Strategy> run = new Cerebro().addData(feed(8))
            .addSignal(SignalType.LONGSHORT, s -> org.bt4j.indicator.Lines.of(s.close()).minus(12.5)).run();
        assertEquals(1, run.size());
        Strategy s = run.get(0);
        assertTrue(s instanceof SignalStrategy);
        List<Order> orders = s.orders();
        // bar 1: short (sell 1); bar 4: long: close the short and buy 1 (a reversal: two orders)
        assertEquals(List.of(-1.0, 1.0, 1.0), orders.stream().map(Order::size).toList());
        assertEquals(1.0, s.position().size());
    }

    @Test
    void withoutAccumulateALongSignalEntersOnce() {
        List<Strategy> run = new Cerebro().addData(feed(8)).signalAccumulate(false)
            .addSignal(SignalType.LONG, s -> org.bt4j.indicator.Lines.of(s.close()).minus(9)).run();
        assertEquals(1, run.get(0).orders().size(), "in the market: no second entry");
        List<Strategy> acc = new Cerebro().addData(feed(8)).signalAccumulate(true)
            .addSignal(SignalType.LONG, s -> org.bt4j.indicator.Lines.of(s.close()).minus(9)).run();
        // one order per bar: each fills at the next bar's open, before that bar's signal is read
        assertEquals(8, acc.get(0).orders().size());
    }
}
