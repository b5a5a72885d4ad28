package org.bt4j.gateway.broker;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;
import org.bt4j.gateway.market.Instrument;
import org.bt4j.gateway.market.SecType;
import org.junit.jupiter.api.Test;

/** Cash, IB-style average cost (commission included), realised and unrealised PnL, multipliers. */
class AccountTest {

    static final Instrument STK = Instrument.builder("XYZ", SecType.STK).conId(1).build();
    static final Instrument FUT = Instrument.builder("ES", SecType.FUT).conId(2).multiplier("50").minTick(0.25).build();

    final Account a = new Account("DU1", "USD", 1_000_000);

    @Test
    void longRoundTripRealisesPriceDifferenceLessBothCommissions() {
        assertTrue(Double.isNaN(a.apply(STK, true, 300, 185.50, 1.5)), "opening fills realise nothing");
        assertEquals(185.505, a.position(1).avgCost(), 1e-9);
        double pnl = a.apply(STK, false, 300, 185.49, 1.5);
        assertEquals(300 * (185.49 - 185.505) - 1.5, pnl, 1e-9);
        assertEquals(-6.0, a.realized(), 1e-9);
        assertEquals(1_000_000 - 6.0, a.cash(), 1e-9, "flat again: cash moved by exactly the realised PnL");
        Position p = a.position(1);
        assertEquals(0, p.quantity());
        assertEquals(0, p.avgCost());
        assertEquals(-6.0, p.realized(), 1e-9);
    }

    @Test
    void shortPositionsGainWhenThePriceFalls() {
        a.apply(STK, false, 100, 50.00, 1.0);
        assertEquals(-100, a.position(1).quantity());
        assertEquals(49.99, a.position(1).avgCost(), 1e-9, "a short's cost is lowered by its commission");
        assertEquals(100 * (49.99 - 45.00) - 1.0, a.apply(STK, true, 100, 45.00, 1.0), 1e-9);
        assertEquals(a.cash() - 1_000_000, a.realized(), 1e-9);
        assertEquals(1_000_000 + 5000 - 4500 - 2.0, a.cash(), 1e-9);
    }

    @Test
    void aReversingFillClosesThenOpensAtTheFillPrice() {
        a.apply(STK, true, 100, 10.00, 1.0);
        double pnl = a.apply(STK, false, 300, 12.00, 3.0);
        assertEquals(100 * (12.00 - 10.01) - 1.0, pnl, 1e-9, "a third of the commission belongs to the closing part");
        Position p = a.position(1);
        assertEquals(-200, p.quantity());
        assertEquals(12.00 - 2.0 / 200, p.avgCost(), 1e-9);
    }

    @Test
    void futuresUseTheMultiplierForCashValueAndPnl() {
        a.apply(FUT, true, 2, 5000.00, 4.5);
        assertEquals(1_000_000 - 2 * 5000.0 * 50 - 4.5, a.cash(), 1e-6);
        Position p = a.position(2);
        assertEquals(5000.045, p.avgCost(), 1e-9, "commission per contract spread over the multiplier");
        assertEquals(2 * (5001 - 5000.045) * 50, Account.unrealized(p, FUT, 5001), 1e-6);
        assertEquals(2 * 5001.0 * 50, a.marketValue(Map.of(2, FUT), id -> 5001), 1e-6);
    }

    @Test
    void restoreReplacesEverything() {
        a.apply(STK, true, 1, 10, 1);
        a.restore(123.0, -4.0, List.of(new Position(2, 3, 5000, 0)));
        assertEquals(123.0, a.cash());
        assertEquals(-4.0, a.realized());
        assertNull(a.position(1));
        assertEquals(3, a.position(2).quantity());
    }
}
