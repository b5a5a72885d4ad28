package org.bt4j.observer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.bt4j.order.Order;
import org.bt4j.order.OrderStatus;
import org.bt4j.strategy.Strategy;
import org.junit.jupiter.api.Test;

/** {@link BuySell}: executed prices on the bars they happened, or markers beside the bar. */
class BuySellTest {

    @Test
    void pricesOnFillBars() {
        for (Strategy s : ObserverRuns.run(c -> c.stdstats(false)
                .addObserver(BuySell::new))) {
            BuySell bs = ObserverRuns.find(s, BuySell.class);
            List<Double> buys = new ArrayList<>();
            List<Double> sells = new ArrayList<>();
            for (int i = 0; i < bs.len(); i++) {
                double b = ObserverRuns.at(bs.line("buy"), i);
                double x = ObserverRuns.at(bs.line("sell"), i);
                if (!Double.isNaN(b)) {
                    buys.add(b);
                }
                if (!Double.isNaN(x)) {
                    sells.add(x);
                }
            }
            List<Double> expBuys = new ArrayList<>();
            List<Double> expSells = new ArrayList<>();
            for (Order o : s.orders()) {
                if (o.status() == OrderStatus.Completed) {
                    (o.isBuy() ? expBuys : expSells).add(o.executed().price());
                }
            }
            assertEquals(expBuys, buys);
            assertEquals(expSells, sells);
            assertTrue(buys.size() >= 19);
        }
    }

    @Test
    void barplotPutsMarkersBesideTheBar() {
        Strategy s = ObserverRuns.run(c -> { }).get(0);
        BuySell bs = ObserverRuns.find(s, BuySell.class);
        int n = 0;
        for (int i = 0; i < bs.len(); i++) {
            double b = ObserverRuns.at(bs.line("buy"), i);
            if (!Double.isNaN(b)) {
                assertEquals(ObserverRuns.at(s.data().low(), i) * (1 - 0.015), b, 1e-9);
                n++;
            }
        }
        assertTrue(n >= 19);
    }
}
