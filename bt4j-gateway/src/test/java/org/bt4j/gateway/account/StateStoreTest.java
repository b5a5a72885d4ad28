package org.bt4j.gateway.account;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.bt4j.gateway.broker.Account;
import org.bt4j.gateway.broker.CommissionModel;
import org.bt4j.gateway.broker.Fill;
import org.bt4j.gateway.broker.MatchingEngine;
import org.bt4j.gateway.broker.OrderStatus;
import org.bt4j.gateway.broker.SimOrder;
import org.bt4j.gateway.market.Instrument;
import org.bt4j.gateway.market.InstrumentUniverse;
import org.bt4j.gateway.market.SecType;
import org.bt4j.gateway.tape.TapeCursor;
import org.bt4j.ib.wire.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A restart from the SQLite file keeps orders, executions, positions, cash and id counters. */
class StateStoreTest {

    static final long T0 = 1_704_466_800L * 1_000_000_000L;
    static final Instrument AAPL = Instrument.builder("AAPL", SecType.STK).conId(265598).build();
    static final InstrumentUniverse UNIVERSE = new InstrumentUniverse(List.of(AAPL));

    @TempDir Path dir;

    /** A matching engine whose events are ignored (the store is what is tested). */
    static MatchingEngine engine(List<Fill> fills) {
        return new MatchingEngine(new Account("DU1", "USD", 100_000), CommissionModel.ibFixed(),
                new MatchingEngine.Listener() {
                    @Override public void orderUpdated(SimOrder o) { }
                    @Override public void filled(SimOrder o, Fill f) { fills.add(f); }
                    @Override public void cancelled(SimOrder o, boolean expired, String r) { }
                    @Override public void orderError(int c, int o, int code, String t) { fail(code + " " + t); }
                }, ZoneId.of("US/Eastern"), true, 1.0, false, 7);
    }

    /** One quote event at {@code t}: 100 x 100 at 99.99 / 100.00. */
    static TapeCursor quote(long t) {
        return new TapeCursor() {
            boolean used;
            @Override public boolean next(long limit) { boolean r = !used; used = true; return r; }
            @Override public long time() { return t; }
            @Override public double bid() { return 99.99; }
            @Override public double ask() { return 100.00; }
            @Override public double bidSize() { return 100; }
            @Override public double askSize() { return 100; }
            @Override public boolean isTrade() { return false; }
            @Override public double tradePrice() { return Double.NaN; }
            @Override public double tradeSize() { return 0; }
        };
    }

    @Test
    void restartKeepsOrdersFillsPositionsCashAndCounters() {
        Path file = dir.resolve("sub/state.db");
        List<Fill> fills = new ArrayList<>();
        long permOfWorking;
        double cash;
        try (StateStore store = StateStore.open(file, 100_000)) {
            MatchingEngine m = engine(fills);
            store.load(m, UNIVERSE);
            m.sink(store);
            m.place(AAPL, Order.builder().orderId(1).clientId(3).action("BUY").totalQuantity(250).orderType("MKT").build(), T0);
            Order gtc = Order.builder().orderId(2).clientId(3).action("SELL").totalQuantity(50).orderType("LMT")
                    .lmtPrice(150).tif("GTC").orderRef("tp").build();
            permOfWorking = m.place(AAPL, gtc, T0).permId();
            for (int i = 1; i <= 3; i++) {
                m.onEvent(AAPL, quote(T0 + i * 1_000_000_000L));
            }
            assertEquals(3, fills.size());
            cash = m.account().cash();
        }
        List<Fill> after = new ArrayList<>();
        try (StateStore store = StateStore.open(file, 100_000)) {
            MatchingEngine m = engine(after);
            store.load(m, UNIVERSE);
            m.sink(store);
            assertEquals(fills, store.fills(), "every execution, with its commission and realised PnL");
            assertEquals(cash, m.account().cash());
            assertEquals(250, m.account().position(AAPL.conId()).quantity());
            assertEquals(100.0 + 1.25 / 250, m.account().position(AAPL.conId()).avgCost(), 1e-9);
            SimOrder filled = m.order(3, 1);
            assertEquals(OrderStatus.Filled, filled.status());
            assertEquals(250, filled.filled());
            assertEquals(100.0, filled.avgFillPrice());
            assertEquals(1.25, filled.commission(), 1e-12);
            SimOrder working = m.order(3, 2);
            assertEquals(OrderStatus.Submitted, working.status());
            assertEquals(permOfWorking, working.permId());
            assertEquals("tp", working.spec().orderRef());
            assertEquals("GTC", working.spec().tif());
            assertTrue(working.transmitted());
            assertTrue(m.hasWorkingOrders(AAPL), "a working order keeps working after the restart");
            assertEquals(3, m.nextValidOrderId(), "order ids continue");
            SimOrder next = m.place(AAPL, Order.builder().orderId(3).clientId(3).action("SELL").totalQuantity(10)
                    .orderType("MKT").build(), T0 + 10_000_000_000L);
            assertTrue(next.permId() > permOfWorking, "permIds continue");
            m.onEvent(AAPL, quote(T0 + 11_000_000_000L));
            assertEquals(1, after.size());
            assertTrue(fills.stream().noneMatch(f -> f.execId().equals(after.get(0).execId())), "execIds stay unique");
            assertEquals(4, store.fills().size());
        }
    }

    @Test
    void inMemoryStoreStartsWithTheStartingCash() {
        try (StateStore store = StateStore.open(null, 5_000)) {
            MatchingEngine m = engine(new ArrayList<>());
            store.load(m, UNIVERSE);
            assertEquals(5_000, m.account().cash());
            assertTrue(store.fills().isEmpty());
            assertTrue(m.orders().isEmpty());
        }
    }
}
