package org.bt4j.observer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.bt4j.broker.Trade;
import org.bt4j.engine.Cerebro;
import org.bt4j.strategy.Strategy;
import org.bt4j.strategy.builtin.SmaCross;
import org.junit.jupiter.api.Test;

/** {@link DataTrades}: one line per data; the strategy trades data 0 only, so data 1 stays NaN. */
class DataTradesTest {

    @Test
    void oneLinePerData() {
        Strategy s = new Cerebro().addData(ObserverRuns.daily("a")).addData(ObserverRuns.daily("b"))
                .addStrategy(new SmaCross()).run().get(0);
        DataTrades dt = ObserverRuns.find(s, DataTrades.class);
        double sum = 0;
        int n = 0;
        for (int i = 0; i < dt.len(); i++) {
            double a = ObserverRuns.at(dt.line("a"), i);
            if (!Double.isNaN(a)) {
                sum += a;
                n++;
            }
            assertEquals(true, Double.isNaN(ObserverRuns.at(dt.line("b"), i)));
        }
        double expected = 0;
        int closed = 0;
        for (Trade t : s.trades()) {
            if (t.isClosed()) {
                expected += t.pnl();
                closed++;
            }
        }
        assertEquals(closed, n);
        assertEquals(expected, sum, 1e-9);
    }
}
