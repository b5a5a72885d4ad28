package org.bt4j.gateway.broker;

import static org.bt4j.gateway.broker.ScriptedTape.S;
import static org.bt4j.gateway.broker.ScriptedTape.T0;
import static org.junit.jupiter.api.Assertions.*;

import java.time.ZoneId;
import java.util.List;
import org.bt4j.gateway.market.Instrument;
import org.bt4j.gateway.market.SecType;
import org.bt4j.ib.wire.Order;
import org.junit.jupiter.api.Test;

/** Order matching against a hand-written tape: fills, partial fills, triggers, groups, errors, expiry. */
class MatchingEngineTest {

    static final Instrument AAPL = Instrument.builder("AAPL", SecType.STK).conId(265598).primaryExchange("NASDAQ")
            .tradingClass("NMS").price(185.5).build();

    final RecordingListener events = new RecordingListener();
    final Account account = new Account("DU1", "USD", 1_000_000);
    final ScriptedTape tape = new ScriptedTape();

    /** The touch only (one book level), so every fill is the quoted size. */
    MatchingEngine engine(boolean partialFills) {
        return new MatchingEngine(account, CommissionModel.ibFixed(), events, ZoneId.of("US/Eastern"), partialFills, 1.0,
                1, false, 42);
    }

    static Order.Builder order(int id, String action, double qty, String type) {
        return Order.builder().orderId(id).clientId(1).action(action).totalQuantity(qty).orderType(type);
    }

    @Test
    void marketOrderTakesTheQuotedSizeEventByEventWithCommissionOnTheCumulativeFill() {
        MatchingEngine m = engine(true);
        SimOrder o = m.place(AAPL, order(1, "BUY", 300, "MKT").build(), T0);
        assertEquals(List.of("update 1 PreSubmitted", "update 1 Submitted"), events.events);
        tape.quote(185.49, 185.50, 100, 100).quote(185.49, 185.50, 100, 100).quote(185.49, 185.50, 100, 100)
                .quote(185.49, 185.50, 100, 100);
        tape.play(m, AAPL);
        assertEquals(List.of("fill 1 BOT 100@185.5 Submitted", "fill 1 BOT 100@185.5 Submitted",
                "fill 1 BOT 100@185.5 Filled"), events.events.subList(2, events.events.size()));
        assertEquals(List.of(1.0, 0.0, 0.5), events.fills.stream().map(Fill::commission).toList(),
                "IB fixed: min 1.00 on the first fill, then the cumulative 0.005/share");
        assertEquals(List.of(100.0, 200.0, 300.0), events.fills.stream().map(Fill::cumQty).toList());
        assertEquals(3, events.fills.stream().map(Fill::execId).distinct().count(), "unique execution ids");
        assertEquals(OrderStatus.Filled, o.status());
        assertEquals(1.5, o.commission(), 1e-12);
        assertEquals(1_000_000 - 300 * 185.5 - 1.5, account.cash(), 1e-6);
        Position p = account.position(AAPL.conId());
        assertEquals(300, p.quantity());
        assertEquals(185.505, p.avgCost(), 1e-9, "average cost includes the commission");
        assertFalse(m.hasWorkingOrders(AAPL));
    }

    @Test
    void aLargeMarketOrderWalksTheBookLevelByLevelAndALimitStopsTheWalk() {
        MatchingEngine m = new MatchingEngine(account, CommissionModel.ibFixed(), events, ZoneId.of("US/Eastern"), true,
                1.0, 3, false, 42);
        m.place(AAPL, order(1, "BUY", 1000, "MKT").build(), T0);
        m.place(AAPL, order(2, "SELL", 1000, "LMT").lmtPrice(185.48).build(), T0);
        tape.quote(185.49, 185.50, 100, 100).quote(185.49, 185.50, 100, 100);
        tape.play(m, AAPL);
        // level k is k ticks through the touch with k + 1 times its size: 100 + 200 + 300 per event
        assertEquals(List.of("BOT 100@185.5", "BOT 200@185.51", "BOT 300@185.52", "SLD 100@185.49", "SLD 200@185.48",
                "BOT 100@185.5", "BOT 200@185.51", "BOT 100@185.52", "SLD 100@185.49", "SLD 200@185.48"),
                events.fills.stream().map(f -> f.side() + " " + (long) f.shares() + "@" + f.price()).toList());
        assertEquals(OrderStatus.Filled, m.order(1, 1).status());
        assertEquals(600, m.order(1, 2).filled(), "the limit at 185.48 leaves the third level");
    }

    @Test
    void aRefusedOrderIsReportedWith201AndStaysInactive() {
        MatchingEngine m = engine(true);
        SimOrder o = m.refuse(AAPL, order(1, "BUY", 100_000, "MKT").build(), T0, "not enough margin");
        assertEquals(OrderStatus.Inactive, o.status());
        assertEquals(List.of("error 1 201", "update 1 Inactive"), events.events);
        assertNull(m.refuse(AAPL, order(1, "BUY", 1, "MKT").build(), T0, "again"));
        assertEquals("error 1 103", events.last());
        assertFalse(m.hasWorkingOrders(AAPL));
    }

    @Test
    void withoutPartialFillsTheWholeOrderFillsOnTheFirstEvent() {
        MatchingEngine m = engine(false);
        m.place(AAPL, order(1, "SELL", 300, "MKT").build(), T0);
        tape.quote(185.49, 185.50, 100, 100);
        tape.play(m, AAPL);
        assertEquals("fill 1 SLD 300@185.49 Filled", events.last());
        assertEquals(-300, account.position(AAPL.conId()).quantity());
    }

    @Test
    void limitOrderWaitsForTheTouchAndFillsAtTheBetterPrice() {
        MatchingEngine m = engine(true);
        m.place(AAPL, order(1, "BUY", 100, "LMT").lmtPrice(185.10).build(), T0);
        tape.quote(185.49, 185.50, 500, 500).quote(185.20, 185.21, 500, 500).quote(184.99, 185.00, 500, 500);
        tape.play(m, AAPL);
        assertEquals(1, events.fills.size());
        assertEquals("fill 1 BOT 100@185.0 Filled", events.last());
    }

    @Test
    void stopTriggersOnATradePrintAndFillsAtTheBid() {
        MatchingEngine m = engine(true);
        m.place(AAPL, order(1, "SELL", 100, "STP").auxPrice(184.00).build(), T0);
        tape.trade(184.49, 184.50, 100, 184.50).quote(183.90, 183.95, 100, 100).trade(183.99, 184.00, 200, 184.00);
        tape.play(m, AAPL);
        assertEquals(List.of("fill 1 SLD 100@183.99 Filled"), events.events.subList(2, events.events.size()),
                "a quote below the stop does not trigger it; the print at the stop does");
    }

    @Test
    void trailingStopFollowsTheBestPrintAndTriggersOnTheRetreat() {
        MatchingEngine m = engine(true);
        SimOrder o = m.place(AAPL, order(1, "SELL", 100, "TRAIL").auxPrice(1.00).build(), T0);
        tape.trade(184.99, 185.00, 100, 185.00).trade(185.99, 186.00, 100, 186.00).trade(185.49, 185.50, 100, 185.50);
        tape.play(m, AAPL);
        assertEquals(185.00, o.trailLevel(), 1e-9, "186.00 print minus the 1.00 trail");
        assertEquals(OrderStatus.Submitted, o.status());
        tape.trade(184.89, 184.90, 100, 184.90);
        tape.events.subList(0, 3).clear();
        tape.play(m, AAPL);
        assertEquals("fill 1 SLD 100@184.89 Filled", events.last());
    }

    @Test
    void refusalsCarryTwsErrorCodes() {
        MatchingEngine m = engine(true);
        assertNotNull(m.place(AAPL, order(5, "BUY", 100, "LMT").lmtPrice(180).build(), T0));
        assertNull(m.place(AAPL, order(4, "BUY", 100, "MKT").build(), T0));
        assertEquals("error 4 103", events.last(), "order ids must increase");
        assertNull(m.place(AAPL, order(6, "BUY", 100, "LMT").lmtPrice(185.001).build(), T0));
        assertEquals("error 6 110", events.last(), "price off the tick grid");
        assertNull(m.place(AAPL, order(7, "BUY", 100, "PEG MID").build(), T0));
        assertEquals("error 7 387", events.last());
        assertNull(m.place(AAPL, order(8, "BUY", 100, "LMT").build(), T0));
        assertEquals("error 8 201", events.last(), "limit order without a limit price");
        assertNull(m.place(AAPL, order(9, "BUY", 0, "MKT").build(), T0));
        assertEquals("error 9 201", events.last());
        m.cancel(1, 77, T0);
        assertEquals("error 77 10147", events.last());
        m.cancel(1, 5, T0);
        assertEquals("cancel 5", events.last());
        m.cancel(1, 5, T0);
        assertEquals("error 5 10148", events.last(), "a cancelled order cannot be cancelled again");
        m.rejectOrders("rejected by fault injection");
        assertNull(m.place(AAPL, order(10, "BUY", 1, "MKT").build(), T0));
        assertEquals("error 10 201", events.last());
        assertEquals(11, m.nextValidOrderId());
    }

    @Test
    void modifyingALimitPriceLetsTheOrderFill() {
        MatchingEngine m = engine(true);
        SimOrder o = m.place(AAPL, order(1, "BUY", 100, "LMT").lmtPrice(180).build(), T0);
        tape.quote(185.49, 185.50, 500, 500);
        tape.play(m, AAPL);
        assertTrue(events.fills.isEmpty());
        assertSame(o, m.place(AAPL, order(1, "BUY", 100, "LMT").lmtPrice(185.50).build(), T0 + 2 * S));
        assertEquals(185.50, o.spec().lmtPrice());
        tape.play(m, AAPL);
        assertEquals("fill 1 BOT 100@185.5 Filled", events.last());
        assertNull(m.place(AAPL, order(1, "BUY", 100, "LMT").lmtPrice(185).build(), T0 + 3 * S));
        assertEquals("error 1 104", events.last(), "a filled order cannot be modified");
    }

    @Test
    void ocaTypeOneCancelsTheOthersOnAFill() {
        MatchingEngine m = engine(true);
        m.place(AAPL, order(1, "SELL", 100, "LMT").lmtPrice(186.00).ocaGroup("g").ocaType(1).build(), T0);
        m.place(AAPL, order(2, "SELL", 100, "LMT").lmtPrice(187.00).ocaGroup("g").ocaType(1).build(), T0);
        tape.quote(186.00, 186.01, 500, 500);
        tape.play(m, AAPL);
        assertTrue(events.events.containsAll(List.of("fill 1 SLD 100@186.0 Filled", "cancel 2 OCA group")), events.events.toString());
        assertEquals(OrderStatus.Cancelled, m.order(1, 2).status());
    }

    @Test
    void whatAFillDoesToItsGroupIsSavedWithItOrUndoneWithIt() {
        MatchingEngine m = engine(true);
        FailingSink sink = new FailingSink();
        m.sink(sink);
        m.place(AAPL, order(1, "SELL", 100, "LMT").lmtPrice(186.00).ocaGroup("g").ocaType(1).build(), T0);
        m.place(AAPL, order(2, "SELL", 100, "LMT").lmtPrice(187.00).ocaGroup("g").ocaType(1).build(), T0);
        m.place(AAPL, order(3, "BUY", 100, "LMT").lmtPrice(185.50).transmit(false).build(), T0);
        m.place(AAPL, order(4, "SELL", 100, "LMT").lmtPrice(190.00).parentId(3).build(), T0);
        sink.saved.clear();
        sink.full = true;
        tape.quote(186.00, 186.01, 500, 500);
        tape.play(m, AAPL);
        assertEquals(OrderStatus.Submitted, m.order(1, 2).status(), "a fill that cannot be saved cancels nothing");
        assertEquals(OrderStatus.Inactive, m.order(1, 1).status());
        sink.full = false;
        sink.saved.clear();
        tape.events.clear();
        tape.quote(185.49, 185.50, 500, 500);
        tape.play(m, AAPL);
        assertEquals(List.of("fill 3 [ 4 Submitted]"), sink.saved.subList(0, 1),
                "the bracket child's release is in the parent's fill transaction");
        m.place(AAPL, order(5, "SELL", 100, "LMT").lmtPrice(186.00).ocaGroup("h").ocaType(1).build(), T0);
        m.place(AAPL, order(6, "SELL", 100, "LMT").lmtPrice(187.00).ocaGroup("h").ocaType(1).build(), T0);
        sink.saved.clear();
        tape.events.clear();
        tape.quote(186.00, 186.01, 500, 500);
        tape.play(m, AAPL);
        assertEquals(List.of("fill 5 [ 6 Cancelled]"), sink.saved, "the OCA cancel is in the fill's transaction, no write after");
        assertTrue(events.events.indexOf("cancel 6 OCA group") > events.events.indexOf("fill 5 SLD 100@186.0 Filled"),
                "and the client hears of the fill first");
    }

    @Test
    void aLinkedAccountsOrdersAndFillsAreSavedWithTheirAccount() {
        MatchingEngine m = engine(true);
        Account linked = new Account("DU2", "USD", 50_000);
        m.link(linked);
        FailingSink sink = new FailingSink();
        m.sink(sink);
        m.place(AAPL, order(1, "BUY", 100, "MKT").account("DU2").build(), T0);
        m.place(AAPL, order(2, "SELL", 100, "LMT").lmtPrice(190).tif("GTC").account("DU2").build(), T0);
        assertTrue(sink.saved.containsAll(List.of("order 1 Submitted", "order 2 Submitted")),
                "a linked account's orders are saved, working ones too: " + sink.saved);
        tape.quote(185.49, 185.50, 100, 100);
        tape.play(m, AAPL);
        assertEquals(List.of("DU2 " + (50_000 - 100 * 185.5 - 1.0) + " 100.0"), sink.accounts,
                "the fill is saved with its own account, in the one transaction");
        assertEquals(1_000_000, account.cash(), "the primary account paid nothing");
    }

    @Test
    void bracketChildrenWaitForTheParentAndCancelEachOther() {
        MatchingEngine m = engine(true);
        m.place(AAPL, order(1, "BUY", 100, "LMT").lmtPrice(185.50).transmit(false).build(), T0);
        m.place(AAPL, order(2, "SELL", 100, "LMT").lmtPrice(190.00).parentId(1).transmit(false).build(), T0);
        m.place(AAPL, order(3, "SELL", 100, "STP").auxPrice(180.00).parentId(1).build(), T0);
        assertEquals(OrderStatus.Submitted, m.order(1, 1).status(), "the last child transmits the whole bracket");
        assertEquals("child", m.order(1, 2).whyHeld());
        assertEquals(OrderStatus.PreSubmitted, m.order(1, 3).status());
        tape.quote(185.49, 185.50, 500, 500);
        tape.play(m, AAPL);
        assertEquals(OrderStatus.Filled, m.order(1, 1).status());
        assertEquals(OrderStatus.Submitted, m.order(1, 2).status(), "children go live when the parent fills");
        assertEquals(OrderStatus.Submitted, m.order(1, 3).status());
        tape.events.clear();
        tape.quote(190.00, 190.01, 500, 500);
        tape.play(m, AAPL);
        assertEquals(OrderStatus.Filled, m.order(1, 2).status());
        assertEquals(OrderStatus.Cancelled, m.order(1, 3).status(), "take-profit fill cancels the stop");
        assertEquals(0, account.position(AAPL.conId()).quantity());
    }

    @Test
    void dayOrdersExpireAtTheLiquidCloseAndGtcOrdersDoNot() {
        MatchingEngine m = engine(true);
        m.place(AAPL, order(1, "BUY", 100, "LMT").lmtPrice(100).build(), T0);
        m.place(AAPL, order(2, "BUY", 100, "LMT").lmtPrice(100).tif("GTC").build(), T0);
        long close = 1_704_488_400L * S; // 2024-01-05 16:00 New York
        assertEquals(close, m.nextDeadline());
        m.onTime(close - 1, tape);
        assertEquals(OrderStatus.Submitted, m.order(1, 1).status());
        m.onTime(close, tape);
        assertEquals("expire 1", events.last());
        assertEquals(OrderStatus.Submitted, m.order(1, 2).status());
        assertEquals(Long.MAX_VALUE, m.nextDeadline());
    }

    /** A sink whose writes fail while {@code full} is set, as on a full disk. */
    static final class FailingSink implements MatchingEngine.StateSink {
        boolean full;
        int fills;

        @Override
        public void saveOrder(SimOrder order) {
            check();
            saved.add("order " + order.orderId() + " " + order.status());
        }

        final List<String> saved = new java.util.ArrayList<>();
        /** Per saved fill: the account it was saved with, its cash and position then. */
        final List<String> accounts = new java.util.ArrayList<>();

        @Override
        public void saveFill(SimOrder order, Fill fill, Account account, long nextExecSeq, List<SimOrder> linked) {
            check();
            fills++;
            saved.add("fill " + order.orderId() + " " + linked.stream().map(p -> " " + p.orderId() + " " + p.status()).toList());
            accounts.add(account.id() + " " + account.cash() + " " + account.position(fill.conId()).quantity());
        }

        private void check() {
            if (full) {
                throw new StateWriteException("disk full", null);
            }
        }
    }

    @Test
    void aFillThatCannotBeSavedDoesNotHappenAndStopsTheOrder() {
        MatchingEngine m = engine(true);
        FailingSink sink = new FailingSink();
        m.sink(sink);
        SimOrder o = m.place(AAPL, order(1, "BUY", 300, "MKT").build(), T0);
        tape.quote(185.49, 185.50, 100, 100);
        tape.play(m, AAPL);
        double cash = account.cash();
        Position before = account.position(AAPL.conId());
        sink.full = true;
        tape.quote(185.49, 185.60, 100, 100).quote(185.49, 185.60, 100, 100);
        tape.play(m, AAPL);
        assertEquals(List.of("fill 1 BOT 100@185.5 Submitted", "error 1 201", "update 1 Inactive"),
                events.events.subList(2, events.events.size()), "one fill, then the failed one stops the order");
        assertEquals(100, o.filled(), "the unsaved fill is undone");
        assertEquals(185.5, o.lastFillPrice());
        assertEquals(0.0 + 1.0, o.commission(), 1e-12);
        assertEquals(cash, account.cash(), "cash as saved");
        assertEquals(before, account.position(AAPL.conId()), "position as saved");
        assertEquals(1, sink.fills);
        assertFalse(m.hasWorkingOrders(AAPL));
        sink.full = false;
        tape.quote(185.49, 185.50, 100, 100);
        tape.play(m, AAPL);
        assertEquals(1, events.fills.size(), "a stopped order does not fill again in this run");
    }

    @Test
    void anOrderOrChangeThatCannotBeSavedIsRejectedAndNothingChanges() {
        MatchingEngine m = engine(true);
        FailingSink sink = new FailingSink();
        m.sink(sink);
        SimOrder working = m.place(AAPL, order(1, "BUY", 100, "LMT").lmtPrice(180).tif("GTC").build(), T0);
        sink.full = true;
        assertNull(m.place(AAPL, order(2, "BUY", 100, "MKT").build(), T0), "a new order is rejected");
        assertNull(m.order(1, 2));
        assertNull(m.place(AAPL, order(1, "BUY", 100, "LMT").lmtPrice(181).tif("GTC").build(), T0),
                "a modification is rejected");
        assertEquals(180, working.spec().lmtPrice(), "and the order keeps its price");
        assertEquals(List.of("error 2 201", "error 1 201"), events.events.subList(2, events.events.size()));
        assertEquals(1_000_000, account.cash());
    }
}
