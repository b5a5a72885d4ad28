package org.bt4j.observer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.bt4j.broker.Trade;
import org.bt4j.strategy.Strategy;
import org.junit.jupiter.api.Test;

/** {@link Trades}: each closed trade's net profit on its closing bar, split by sign. */
class TradesTest {

    @Test
    void closedTradesOnTheirBars() {
        for (Strategy s : ObserverRuns.run(c -> { })) {
            Trades t = ObserverRuns.find(s, Trades.class);
            int plus = 0;
            int minus = 0;
            double sum = 0;
            for (int i = 0; i < t.len(); i++) {
                double p = ObserverRuns.at(t.line("pnlplus"), i);
                double m = ObserverRuns.at(t.line("pnlminus"), i);
                if (!Double.isNaN(p)) {
                    assertEquals(true, p >= 0);
                    plus++;
                    sum += p;
                }
                if (!Double.isNaN(m)) {
                    assertEquals(true, m < 0);
                    minus++;
                    sum += m;
                }
            }
            double expected = 0;
            int closed = 0;
            for (Trade tr : s.trades()) {
                if (tr.isClosed()) {
                    expected += tr.pnlcomm();
                    closed++;
                }
            }
            assertEquals(19, closed);
            assertEquals(closed, plus + minus);
            assertEquals(expected, sum, 1e-9);
        }
    }
}
