package org.bt4j.strategy.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.bt4j.broker.Trade;
import org.bt4j.order.ExecType;
import org.bt4j.order.OrderStatus;
import org.junit.jupiter.api.Test;

/**
 * {@link SmaCross} on {@link BuiltinRuns}' series: long on a cross up with the chosen entry type,
 * {@code close()} at market on a cross down, nothing while an order is alive (golden/STRATEGIES.md).
 */
class SmaCrossTest {

    @Test
    void marketEntriesAndMarketExit() {
        BuiltinRuns.Run r = BuiltinRuns.run(new SmaCross(), Map.of());
        // buy on bar 4 fills at bar 5's open, close() on bar 7 at bar 8's open, buy on bar 10 at bar 11's open
        assertEquals(List.of(1.0, -1.0, 1.0), r.executedSizes());
        assertEquals(List.of(11.5, 9.5, 11.5), r.fillPrices());
        List<Trade> t = r.trades();
        assertEquals(2, t.size());
        assertEquals(-2.0, t.get(0).pnl()); // 9.5 - 11.5
        assertEquals(Trade.Status.Closed, t.get(0).status());
        assertEquals(Trade.Status.Open, t.get(1).status());
        assertEquals(11.5, t.get(1).price());
    }

    @Test
    void closeEntryFillsAtTheNextBarsClose() {
        BuiltinRuns.Run r = BuiltinRuns.run(new SmaCross(), Map.of("exectype", "Close", "stake", 2));
        assertEquals(List.of(2.0, -2.0, 2.0), r.executedSizes());
        assertEquals(List.of(12.0, 9.5, 12.0), r.fillPrices());
        assertEquals(-5.0, r.trades().get(0).pnl()); // 2 * (9.5 - 12)
    }

    @Test
    void limitEntryWaitsForItsPriceAndThenBlocksTrading() {
        BuiltinRuns.Run r = BuiltinRuns.run(new SmaCross(), Map.of("exectype", ExecType.Limit, "offset", 0.1));
        double limit = 11 * (1.0 - 0.1); // bar 4's close; bar 5 (low 10.5) and 6 (low 10) miss it, bar 7 (low 8) fills
        assertEquals(limit, r.orders().get(0).createdPrice());
        assertEquals(List.of(limit, 9.5, 0.0), r.fillPrices());
        assertEquals(9.5 - limit, r.trades().get(0).pnl(), 1e-12);
        assertEquals(OrderStatus.Accepted, r.orders().get(2).status()); // bar 11's low 10.5 misses 9.9
    }

    @Test
    void validdaysExpiresTheUnfilledEntry() {
        BuiltinRuns.Run r = BuiltinRuns.run(new SmaCross(), Map.of("exectype", "Limit", "offset", 0.1, "validdays", 1));
        // valid until bar 5's time: tried on bar 5, expired on bar 6; flat on bar 7, new entry on bar 10
        assertEquals(OrderStatus.Expired, r.orders().get(0).status());
        assertEquals(2, r.orders().size());
        assertTrue(r.trades().isEmpty());
    }
}
