package org.bt4j.ib.broker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bt4j.feed.PushFeed;
import org.bt4j.ib.client.StoreEvent;
import org.bt4j.ib.journal.JournalOrder;
import org.bt4j.ib.journal.OrderJournal;
import org.bt4j.ib.journal.SqliteOrderJournal;
import org.bt4j.ib.wire.ClientMessage;
import org.bt4j.ib.wire.Contract;
import org.bt4j.ib.wire.Execution;
import org.bt4j.ib.wire.ServerMessage;
import org.bt4j.order.ExecType;
import org.bt4j.order.Order;
import org.bt4j.order.OrderArgs;
import org.bt4j.order.OrderStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IbBrokerTest {

    static final Contract TWTR = Contract.of("TWTR", "STK", "SMART", "USD").withConId(4242);

    static final class FakePort implements IbBroker.Port {
        final List<ClientMessage> sent = new ArrayList<>();
        int nextId = 100;
        int nextRequest = 0x02000000;
        boolean connected = true;
        /** The connection's clock (UTC epoch nanos): fixed unless a test moves it. */
        long now = 1_466_433_456_000_000_000L;

        @Override public int clientId() { return 7; }
        @Override public String account() { return "DU1"; }
        @Override public int nextOrderId() { return nextId++; }
        @Override public int nextRequestId() { return nextRequest++; }
        @Override public boolean send(ClientMessage m) {
            if (connected) {
                sent.add(m);
            }
            return connected;
        }
        @Override public void subscribe(int id, ClientMessage m) { sent.add(m); }
        @Override public long nanos() { return now; }
    }

    FakePort port;
    IbBroker broker;
    PushFeed data;
    final List<Order> notified = new ArrayList<>();

    @BeforeEach
    void setUp() {
        port = new FakePort();
        data = new PushFeed("TWTR");
        data.push(1_466_433_455_000_000_000L, 15.96, 15.97, 15.96, 15.96, 0, 0);
        data.next();
        broker = new IbBroker(port).startWait(0).contract(data, TWTR);
        broker.receive(new ServerMessage.UpdatePortfolio(TWTR, 0, 15.96, 0, 0, 0, 0, "DU1"));
        broker.receive(new ServerMessage.UpdateAccountValue("NetLiquidation", "100000.00", "BASE", "DU1"));
        broker.receive(new ServerMessage.UpdateAccountValue("TotalCashBalance", "99000.00", "BASE", "DU1"));
        broker.receive(new ServerMessage.AccountDownloadEnd("DU1"));
        broker.startWait(1000).start(List.of(data));
    }

    private List<OrderStatus> drain() {
        broker.next();
        List<OrderStatus> out = new ArrayList<>();
        Order o;
        while ((o = broker.nextNotification()) != null) {
            notified.add(o);
            out.add(o.status());
        }
        return out;
    }

    private static ServerMessage.ExecDetails exec(int orderId, String execId, String side, double shares, double price,
                                                  double cum) {
        return new ServerMessage.ExecDetails(-1, TWTR, new Execution(orderId, execId, "20160620 10:37:36 US/Eastern",
                "DU1", "ISLAND", side, shares, price, 1L, 7, 0, cum, price, "", "", 0, "", 0, false));
    }

    private static ServerMessage.OrderStatus status(int id, String s, double filled, double remaining) {
        return new ServerMessage.OrderStatus(id, s, filled, remaining, 0, 1L, 0, 0, 7, "", 0);
    }

    @Test
    void startReadsAccountAndSubscribes() {
        assertEquals(100_000.0, broker.getValue());
        assertEquals(99_000.0, broker.getCash());
        assertTrue(port.sent.get(0) instanceof ClientMessage.ReqAccountUpdates);
    }

    @Test
    void marketBuyFilledInPartialFillsWithCommissionsInAnyOrder() {
        Order o = broker.buy(null, data, 10, OrderArgs.of());
        ClientMessage.PlaceOrder p = (ClientMessage.PlaceOrder) port.sent.get(1);
        assertEquals("MKT", p.order().orderType());
        assertEquals("BUY", p.order().action());
        assertEquals("GTC", p.order().tif());
        assertEquals(List.of(OrderStatus.Submitted), drain());
        broker.receive(status(100, "PreSubmitted", 0, 10));
        broker.receive(status(100, "Submitted", 0, 10));
        broker.receive(status(100, "Submitted", 0, 10));
        assertEquals(List.of(OrderStatus.Accepted), drain(), "duplicates swallowed");
        // first fill: execution then commission; second: commission first; IB's Filled status early
        broker.receive(exec(100, "e1.01", "BOT", 4, 15.97, 4));
        broker.receive(new ServerMessage.CommissionReport("e1.01", 1.0, "USD", Double.MAX_VALUE, 0, ""));
        broker.receive(status(100, "Filled", 10, 0));
        broker.receive(new ServerMessage.CommissionReport("e1.02", 0.5, "USD", Double.MAX_VALUE, 0, ""));
        broker.receive(exec(100, "e1.02", "BOT", 6, 15.98, 10));
        broker.receive(exec(100, "e1.02", "BOT", 6, 15.98, 10));
        assertEquals(List.of(OrderStatus.Partial, OrderStatus.Completed), drain());
        Order done = notified.get(notified.size() - 1);
        assertEquals(2, done.executed().bits().size());
        assertEquals(10.0, done.executed().size());
        assertEquals(1.5, done.executed().comm(), 1e-12);
        assertEquals((4 * 15.97 + 6 * 15.98) / 10, done.executed().price(), 1e-12);
        assertEquals(10.0, broker.getPosition(data).size());
        assertEquals(1_466_433_456_000_000_000L, done.executed().dt(), "exec time read in its zone");
        assertFalse(o.isAlive());
    }

    @Test
    void cancelledStatusWaitsForTheFillsItCounts() {
        broker.buy(null, data, 10, OrderArgs.of().exectype(ExecType.Limit).price(15.5));
        drain();
        broker.receive(status(100, "Cancelled", 3, 7));
        assertEquals(List.of(), drain(), "3 filled per IB, none seen yet");
        broker.receive(exec(100, "x1", "BOT", 3, 15.5, 3));
        broker.receive(new ServerMessage.CommissionReport("x1", 1.0, "USD", Double.MAX_VALUE, 0, ""));
        assertEquals(List.of(OrderStatus.Partial, OrderStatus.Canceled), drain());
    }

    @Test
    void aCancelErrorAfterTheCancelledStatusWaitsForTheFillsTheStatusCounted() {
        broker.buy(null, data, 10, OrderArgs.of().exectype(ExecType.Limit).price(15.5));
        drain();
        broker.receive(exec(100, "x1", "BOT", 3, 15.5, 3)); // its commission report is still on the way
        broker.receive(status(100, "Cancelled", 5, 5));
        broker.receive(new ServerMessage.ErrorMsg(100, 202, "Order Canceled - reason:", "")); // counts no shares
        assertEquals(List.of(), drain());
        broker.receive(new ServerMessage.CommissionReport("x1", 1.0, "USD", Double.MAX_VALUE, 0, ""));
        reported(broker, exec(100, "x2", "BOT", 2, 15.5, 5), 1.0);
        assertEquals(List.of(OrderStatus.Partial, OrderStatus.Partial, OrderStatus.Canceled), drain());
    }

    @Test
    void aCancelErrorAloneWaitsForTheFillsWaitingForTheirCommission() {
        broker.buy(null, data, 10, OrderArgs.of().exectype(ExecType.Limit).price(15.5));
        drain();
        broker.receive(exec(100, "x1", "BOT", 3, 15.5, 3));
        broker.receive(new ServerMessage.ErrorMsg(100, 202, "Order Canceled - reason:", ""));
        assertEquals(List.of(), drain());
        broker.receive(new ServerMessage.CommissionReport("x1", 1.0, "USD", Double.MAX_VALUE, 0, ""));
        assertEquals(List.of(OrderStatus.Partial, OrderStatus.Canceled), drain());
    }

    @Test
    void rejectionsAndWarnings() {
        broker.buy(null, data, 10, OrderArgs.of().exectype(ExecType.Limit).price(15.5));
        broker.buy(null, data, 10, OrderArgs.of().exectype(ExecType.Limit).price(15.5));
        drain();
        broker.receive(new ServerMessage.ErrorMsg(100, 399, "Order message: warning", ""));
        broker.receive(new ServerMessage.ErrorMsg(101, 201, "Order rejected - reason: insufficient margin", ""));
        assertEquals(List.of(OrderStatus.Margin), drain());
        broker.receive(status(100, "Inactive", 0, 10));
        assertEquals(List.of(OrderStatus.Rejected), drain());
    }

    @Test
    void cancelSendsCancelOrderAndFollowsIb() {
        Order o = broker.sell(null, data, 5, OrderArgs.of().exectype(ExecType.Stop).price(14.0));
        drain();
        assertTrue(broker.cancel(o));
        assertTrue(port.sent.get(port.sent.size() - 1) instanceof ClientMessage.CancelOrder);
        broker.receive(new ServerMessage.ErrorMsg(100, 202, "Order Canceled - reason:", ""));
        assertEquals(List.of(OrderStatus.Canceled), drain());
        assertFalse(broker.cancel(o));
    }

    @Test
    void fillsWhileDisconnectedArriveOnceAfterReconnecting() {
        broker.buy(null, data, 10, OrderArgs.of());
        broker.receive(status(100, "Submitted", 0, 10));
        broker.receive(exec(100, "r1", "BOT", 5, 15.9, 5));
        broker.receive(new ServerMessage.CommissionReport("r1", 1.0, "USD", Double.MAX_VALUE, 0, ""));
        drain();
        broker.receive(new StoreEvent.Connected(187, List.of("DU1"), true, 7));
        broker.next();
        assertTrue(port.sent.stream().anyMatch(m -> m instanceof ClientMessage.ReqOpenOrders));
        ClientMessage.ReqExecutions q = (ClientMessage.ReqExecutions) port.sent.stream()
                .filter(m -> m instanceof ClientMessage.ReqExecutions).findFirst().orElseThrow();
        assertEquals(7, q.filter().clientId());
        assertEquals("20160620-14:36:36", q.filter().time(), "a minute before the last execution, in UTC");
        // the answer repeats r1 and adds r2 made while we were away
        broker.receive(exec(100, "r1", "BOT", 5, 15.9, 5));
        broker.receive(exec(100, "r2", "BOT", 5, 15.95, 10));
        broker.receive(new ServerMessage.CommissionReport("r1", 1.0, "USD", Double.MAX_VALUE, 0, ""));
        broker.receive(new ServerMessage.CommissionReport("r2", 1.0, "USD", Double.MAX_VALUE, 0, ""));
        broker.receive(status(100, "Filled", 10, 0));
        assertEquals(List.of(OrderStatus.Completed), drain());
        assertEquals(10.0, broker.getPosition(data).size());
    }

    @Test
    void ocoOrdersShareAnOcaGroupAndBracketChildrenCarryTheParent() {
        Order a = broker.buy(null, data, 10, OrderArgs.of().exectype(ExecType.Limit).price(14.36));
        broker.buy(null, data, 10, OrderArgs.of().exectype(ExecType.Limit).price(12.77).oco(a));
        List<ClientMessage.PlaceOrder> places = new ArrayList<>();
        port.sent.forEach(m -> { if (m instanceof ClientMessage.PlaceOrder) places.add((ClientMessage.PlaceOrder) m); });
        assertEquals(3, places.size(), "first order re-sent with the group");
        assertEquals("bt4j-oca-100", places.get(1).order().ocaGroup());
        assertEquals(1, places.get(1).order().ocaType());
        assertEquals("bt4j-oca-100", places.get(2).order().ocaGroup());
        Order parent = broker.buy(null, data, 10, OrderArgs.of().exectype(ExecType.Limit).price(14.36).transmit(false));
        broker.sell(null, data, 10, OrderArgs.of().exectype(ExecType.Stop).price(12.92).parent(parent).transmit(false));
        ClientMessage.PlaceOrder child = (ClientMessage.PlaceOrder) port.sent.get(port.sent.size() - 1);
        assertEquals(102, child.order().parentId());
        assertFalse(child.order().transmit());
        assertEquals("STP", child.order().orderType());
    }

    @Test
    void placingWhileDisconnectedRejects() {
        port.connected = false;
        broker.buy(null, data, 1, OrderArgs.of());
        assertEquals(List.of(OrderStatus.Submitted, OrderStatus.Rejected), drain());
    }

    /** A broker journaling in {@code j}, started after an account download (IB ids from {@code firstId}). */
    private IbBroker journaled(OrderJournal j, int firstId) {
        return journaled(j, firstId, new FakePort());
    }

    private IbBroker journaled(OrderJournal j, int firstId, FakePort p) {
        p.nextId = firstId;
        IbBroker b = new IbBroker(p).journal(j).contract(data, TWTR);
        b.receive(new ServerMessage.UpdatePortfolio(TWTR, 0, 15.96, 0, 0, 0, 0, "DU1"));
        b.receive(new ServerMessage.AccountDownloadEnd("DU1"));
        b.startWait(200).start(List.of(data));
        return b;
    }

    /** The broker step and the strategy's notifyOrder for each notification, as the engine does it. */
    private static List<Order> drain(IbBroker b) {
        List<Order> out = taken(b);
        out.forEach(b::notified);
        return out;
    }

    /** The broker step and the notifications taken, but no notifyOrder has returned (a crash before the next bar). */
    private static List<Order> taken(IbBroker b) {
        b.next();
        List<Order> out = new ArrayList<>();
        Order o;
        while ((o = b.nextNotification()) != null) {
            out.add(o);
        }
        return out;
    }

    /** An execution and its commission report. */
    private static void reported(IbBroker b, ServerMessage.ExecDetails e, double commission) {
        b.receive(e);
        b.receive(new ServerMessage.CommissionReport(e.execution().execId(), commission, "USD", Double.MAX_VALUE, 0, ""));
    }

    private static List<Double> fills(List<Order> notes) {
        return notes.stream().flatMap(o -> o.executed().pending().stream()).map(x -> x.size()).toList();
    }

    @Test
    void fillsTakenButNeverNotifiedAreDeliveredAfterARestartFirstInOrderAsFills(@TempDir Path dir) {
        try (OrderJournal j = SqliteOrderJournal.open(dir.resolve("orders.db"))) {
            IbBroker b1 = journaled(j, 100);
            Order a = b1.buy(null, data, 10, OrderArgs.of());
            Order c = b1.sell(null, data, 3, OrderArgs.of().exectype(ExecType.Limit).price(17.0));
            b1.receive(status(100, "Submitted", 0, 10));
            b1.receive(status(101, "Submitted", 0, 3));
            reported(b1, exec(100, "e1", "BOT", 4, 15.97, 4), 1.0);
            drain(b1); // e1 reached the strategy
            reported(b1, exec(101, "e2", "SLD", 1, 17.0, 1), 0.25);
            reported(b1, exec(100, "e3", "BOT", 6, 15.98, 10), 0.5);
            b1.receive(status(101, "Cancelled", 1, 2));
            List<Order> lost = taken(b1);
            assertEquals(List.of(-1.0, 6.0), fills(lost), "queued for the strategy: then the crash, before any bar");
            assertEquals(List.of("e2", "e3"), j.undelivered().stream().map(x -> x.execId()).toList());
            assertTrue(j.workingOrders().isEmpty(), "both orders are done at IB and in the journal");

            IbBroker b2 = journaled(j, 200);
            List<Order> got = drain(b2);
            assertEquals(List.of(a.ref(), c.ref(), c.ref(), a.ref(), c.ref()), got.stream().map(Order::ref).toList());
            assertEquals(List.of(OrderStatus.Partial, OrderStatus.Accepted, OrderStatus.Partial, OrderStatus.Completed,
                    OrderStatus.Canceled), got.stream().map(Order::status).toList(),
                    "re-attached with the delivered fill, then each undelivered fill as a fill, oldest first, then the cancel");
            assertEquals(List.of(-1.0, 6.0), fills(got));
            assertEquals(4.0, got.get(0).executed().size(), "e1 is not delivered again");
            assertEquals(0.25, got.get(2).executed().pending().get(0).comm(), 1e-12);
            assertEquals(10.0, got.get(3).executed().size());
            assertTrue(j.undelivered().isEmpty(), "each marked once its notifyOrder returned");
            assertTrue(j.hasDelivered("e2") && j.hasDelivered("e3"));
            // IB replays all three: nothing is delivered again
            b2.receive(exec(100, "e1", "BOT", 4, 15.97, 4));
            b2.receive(exec(101, "e2", "SLD", 1, 17.0, 1));
            b2.receive(exec(100, "e3", "BOT", 6, 15.98, 10));
            assertEquals(List.of(), fills(drain(b2)));
            IbBroker b3 = journaled(j, 300);
            assertEquals(List.of(), drain(b3), "a third run has nothing to deliver or re-attach");
        }
    }

    @Test
    void anOrderIbCallsFilledBeforeItsLastExecutionArrivedIsReattachedAfterACrash(@TempDir Path dir) {
        try (OrderJournal j = SqliteOrderJournal.open(dir.resolve("orders.db"))) {
            IbBroker b1 = journaled(j, 100);
            Order o = b1.buy(null, data, 10, OrderArgs.of());
            b1.receive(status(100, "Submitted", 0, 10));
            reported(b1, exec(100, "e1", "BOT", 4, 15.97, 4), 1.0);
            b1.receive(exec(100, "e2", "BOT", 6, 15.98, 10)); // its commission report is still on the way
            b1.receive(status(100, "Filled", 10, 0));
            drain(b1);
            assertEquals("Filled", j.order(1).orElseThrow().status());
            assertEquals(1, j.workingOrders().size(), "IB says Filled, the journal has 4 of 10: still working");

            IbBroker b2 = journaled(j, 200); // the crash came before e2's report
            assertEquals(List.of(OrderStatus.Partial), drain(b2).stream().map(Order::status).toList());
            reported(b2, exec(100, "e2", "BOT", 6, 15.98, 10), 0.5); // IB's replay
            List<Order> got = drain(b2);
            assertEquals(List.of(6.0), fills(got));
            assertEquals(OrderStatus.Completed, got.get(0).status());
            assertEquals(o.ref(), got.get(0).ref());
            assertTrue(j.workingOrders().isEmpty());
        }
    }

    @Test
    void anExecutionBeforeStartOfAnOrderIbEndedBeforeItIsDeliveredAfterAll(@TempDir Path dir) {
        try (OrderJournal j = SqliteOrderJournal.open(dir.resolve("orders.db"))) {
            IbBroker b1 = journaled(j, 100);
            b1.buy(null, data, 10, OrderArgs.of().exectype(ExecType.Limit).price(16.0));
            b1.receive(status(100, "Submitted", 0, 10));
            reported(b1, exec(100, "e1", "BOT", 4, 15.97, 4), 1.0);
            b1.receive(status(100, "Cancelled", 10, 0)); // IB's word came before the last fill's
            drain(b1);
            assertEquals(1, j.workingOrders().size(), "IB counted 10 shares at its Cancelled, the journal has 4");

            FakePort p = new FakePort();
            p.nextId = 200;
            IbBroker b2 = new IbBroker(p).journal(j).contract(data, TWTR);
            reported(b2, exec(100, "e2", "BOT", 6, 15.98, 10), 0.5); // taken by the store's loop before start
            b2.receive(new ServerMessage.AccountDownloadEnd("DU1"));
            b2.startWait(200).start(List.of(data));
            List<Order> got = drain(b2);
            assertEquals(List.of(OrderStatus.Partial, OrderStatus.Completed), got.stream().map(Order::status).toList());
            assertEquals(List.of(6.0), fills(got));
            assertTrue(j.hasDelivered("e2"));
        }
    }

    @Test
    void fillsOfAnOrderWaitingForItsBarAreHeldUntilItIsReattached(@TempDir Path dir) {
        try (OrderJournal j = SqliteOrderJournal.open(dir.resolve("orders.db"))) {
            IbBroker b1 = journaled(j, 100);
            b1.buy(null, data, 10, OrderArgs.of());
            b1.receive(status(100, "Submitted", 0, 10));
            reported(b1, exec(100, "e1", "BOT", 4, 15.97, 4), 1.0);
            taken(b1); // never notified
            PushFeed fresh = new PushFeed("TWTR");
            FakePort p = new FakePort();
            p.nextId = 200;
            IbBroker b = new IbBroker(p).journal(j).contract(fresh, TWTR);
            b.receive(new ServerMessage.AccountDownloadEnd("DU1"));
            b.startWait(200).start(List.of(fresh));
            b.receive(exec(100, "e2", "BOT", 6, 15.98, 10)); // live, before the first bar
            b.receive(new ServerMessage.CommissionReport("e2", 0.5, "USD", Double.MAX_VALUE, 0, ""));
            assertTrue(drain(b).isEmpty());
            fresh.push(1_466_433_460_000_000_000L, 15.97, 15.98, 15.97, 15.98, 0, 0);
            fresh.next();
            List<Order> got = drain(b);
            assertEquals(List.of(OrderStatus.Accepted, OrderStatus.Partial, OrderStatus.Completed),
                    got.stream().map(Order::status).toList());
            assertEquals(List.of(4.0, 6.0), fills(got), "the journal's undelivered first, then the newer one");
            assertTrue(j.undelivered().isEmpty());
        }
    }

    @Test
    void aJournalRecordsTheOrderAndARestartedBrokerDeliversOnlyNewFills(@TempDir Path dir) {
        try (OrderJournal j = SqliteOrderJournal.open(dir.resolve("orders.db"))) {
            IbBroker b1 = journaled(j, 100);
            Order o = b1.buy(null, data, 10, OrderArgs.of().exectype(ExecType.Limit).price(16.0));
            JournalOrder jo = j.byIbOrderId(7, 100).orElseThrow();
            assertEquals(o.ref(), jo.ref());
            assertEquals("BUY", jo.spec().action());
            assertEquals(10.0, jo.spec().size());
            assertEquals("Limit", jo.spec().execType());
            assertEquals(16.0, jo.spec().price());
            b1.receive(status(100, "Submitted", 0, 10));
            b1.receive(exec(100, "e1", "BOT", 4, 15.97, 4));
            b1.receive(new ServerMessage.CommissionReport("e1", 1.0, "USD", Double.MAX_VALUE, 0, ""));
            b1.receive(exec(100, "e1", "BOT", 4, 15.97, 4));
            drain(b1);
            jo = j.order(jo.key()).orElseThrow();
            assertEquals("Submitted", jo.status());
            assertEquals(1L, jo.permId());
            assertEquals(4.0, jo.filled());
            assertEquals(1.0, j.executions(jo.key()).get(0).commission());

            // a new broker on the same journal (the first one is simply abandoned, as after a crash)
            IbBroker b2 = journaled(j, 200);
            List<Order> first = drain(b2);
            assertEquals(1, first.size(), "the working order is re-attached");
            Order re = first.get(0);
            assertEquals(o.ref(), re.ref());
            assertEquals(OrderStatus.Partial, re.status());
            assertEquals(4.0, re.executed().size(), "its journaled fills");
            assertTrue(re.executed().pending().isEmpty(), "and they are not delivered again");
            assertEquals(ExecType.Limit, re.execType());
            // IB replays e1 and reports e2, made while bt4j was down
            b2.receive(exec(100, "e1", "BOT", 4, 15.97, 4));
            b2.receive(new ServerMessage.CommissionReport("e1", 1.0, "USD", Double.MAX_VALUE, 0, ""));
            b2.receive(exec(100, "e2", "BOT", 6, 15.98, 10));
            b2.receive(new ServerMessage.CommissionReport("e2", 0.5, "USD", Double.MAX_VALUE, 0, ""));
            b2.receive(status(100, "Filled", 10, 0));
            List<Order> after = drain(b2);
            assertEquals(List.of(OrderStatus.Completed), after.stream().map(Order::status).toList());
            assertEquals(List.of(6.0), after.get(0).executed().pending().stream().map(x -> x.size()).toList());
            assertEquals(10.0, after.get(0).executed().size());
            assertTrue(j.workingOrders().isEmpty());
            assertEquals(o.ref() + 1, b2.sell(null, data, 1, OrderArgs.of()).ref(), "refs continue after the journal's");
        }
    }

    @Test
    void reattachmentWaitsForTheDataToHaveABarAndThenAsksIbForOrdersAndExecutions(@TempDir Path dir) {
        try (OrderJournal j = SqliteOrderJournal.open(dir.resolve("orders.db"))) {
            journaled(j, 100).buy(null, data, 5, OrderArgs.of());
            PushFeed fresh = new PushFeed("TWTR");
            FakePort p = new FakePort();
            p.nextId = 200;
            IbBroker b = new IbBroker(p).journal(j).contract(fresh, TWTR);
            b.receive(new ServerMessage.AccountDownloadEnd("DU1"));
            b.startWait(200).start(List.of(fresh)); // as Cerebro does: before the first bar
            assertTrue(drain(b).isEmpty(), "no order can be made before a bar");
            assertFalse(p.sent.stream().anyMatch(m -> m instanceof ClientMessage.ReqExecutions));
            fresh.push(1_466_433_460_000_000_000L, 15.97, 15.98, 15.97, 15.98, 0, 0);
            fresh.next();
            List<Order> re = drain(b);
            assertEquals(1, re.size());
            assertEquals(OrderStatus.Submitted, re.get(0).status(), "IB never acknowledged it before the restart");
            assertEquals(5.0, re.get(0).size());
            assertTrue(p.sent.stream().anyMatch(m -> m instanceof ClientMessage.ReqOpenOrders));
            assertTrue(p.sent.stream().anyMatch(m -> m instanceof ClientMessage.ReqExecutions));
            assertEquals(1, b.openOrders().size());
        }
    }

    private static final long SEC = 1_000_000_000L;

    @Test
    void aFillWhoseReportIsLateIsDeliveredWithAnEstimateAndCorrectedOnceWhenItComes(@TempDir Path dir) {
        try (OrderJournal j = SqliteOrderJournal.open(dir.resolve("orders.db"))) {
            FakePort p = new FakePort();
            IbBroker b = journaled(j, 100, p).commissionTimeout(java.time.Duration.ofSeconds(5))
                    .commissionEstimate(org.bt4j.broker.CommInfo.builder().commission(0.005)
                            .commType(org.bt4j.broker.CommInfo.CommType.FIXED).build());
            Order o = b.buy(null, data, 10, OrderArgs.of());
            b.receive(status(100, "Submitted", 0, 10));
            drain(b);
            b.receive(exec(100, "e1", "BOT", 4, 15.97, 4));
            b.receive(status(100, "Submitted", 4, 6));
            assertEquals(List.of(), drain(b), "waiting for its commission report");
            p.now += 5 * SEC - 1;
            assertEquals(List.of(), drain(b), "4.999999999 s on the port's clock: still waiting");
            p.now += 1;
            List<Order> got = drain(b);
            assertEquals(List.of(OrderStatus.Partial), got.stream().map(Order::status).toList());
            assertEquals(4.0, got.get(0).executed().pending().get(0).size());
            assertEquals(0.02, got.get(0).executed().comm(), 1e-12, "4 shares at the estimate's 0.005");
            JournalOrder jo = j.byIbOrderId(7, 100).orElseThrow();
            var row = j.executions(jo.key()).get(0);
            assertEquals(0.02, row.estimate(), 1e-12);
            assertTrue(Double.isNaN(row.commission()), "no report yet");
            assertEquals(0.0, b.commissionCorrection(o.ref()));

            b.receive(new ServerMessage.CommissionReport("e1", 1.0, "USD", Double.MAX_VALUE, 0, ""));
            b.receive(exec(100, "e1", "BOT", 4, 15.97, 4)); // and a replay of it all after a reconnect
            b.receive(new ServerMessage.CommissionReport("e1", 1.0, "USD", Double.MAX_VALUE, 0, ""));
            assertEquals(List.of(), drain(b), "the late report is no second fill");
            assertEquals(0.98, b.commissionCorrection(o.ref()), 1e-12, "IB's 1.00 minus the 0.02 delivered");
            assertEquals(1.0, o.executed().comm(), 1e-12, "the order itself now carries IB's commission");
            row = j.executions(jo.key()).get(0);
            assertEquals(1.0, row.commission(), "the journal has IB's commission");
            assertEquals(0.02, row.estimate(), 1e-12, "and the estimate the strategy got");
            assertEquals(1, j.executions(jo.key()).size());
            assertEquals(4.0, b.getPosition(data).size());

            // a fill whose report never comes: delivered all the same
            b.receive(exec(100, "e2", "BOT", 6, 15.98, 10));
            assertEquals(List.of(), drain(b));
            p.now += 10 * SEC;
            got = drain(b);
            assertEquals(List.of(OrderStatus.Completed), got.stream().map(Order::status).toList());
            assertEquals(10.0, b.getPosition(data).size());
            assertTrue(j.workingOrders().isEmpty());
            assertEquals(1.0 + 0.03, got.get(0).executed().comm(), 1e-12, "the first at IB's (corrected), the second at its estimate");
        }
    }

    @Test
    void aReportThatComesOnlyAfterARestartCorrectsTheJournaledEstimate(@TempDir Path dir) {
        try (OrderJournal j = SqliteOrderJournal.open(dir.resolve("orders.db"))) {
            FakePort p1 = new FakePort();
            IbBroker b1 = journaled(j, 100, p1);
            Order o = b1.buy(null, data, 10, OrderArgs.of());
            b1.receive(status(100, "Submitted", 0, 10));
            b1.receive(exec(100, "e1", "BOT", 4, 15.97, 4));
            drain(b1);
            p1.now += 6 * SEC;
            assertEquals(0.0, drain(b1).get(0).executed().comm(), "no estimate scheme: IB's own, which is 0");
            // crash; the new run re-attaches the order, then IB replays e1 with its report
            FakePort p2 = new FakePort();
            IbBroker b2 = journaled(j, 200, p2);
            Order re = drain(b2).get(0);
            assertEquals(4.0, re.executed().size());
            b2.receive(exec(100, "e1", "BOT", 4, 15.97, 4));
            b2.receive(new ServerMessage.CommissionReport("e1", 1.0, "USD", Double.MAX_VALUE, 0, ""));
            assertEquals(List.of(), drain(b2), "delivered in the first run: not again");
            assertEquals(1.0, b2.commissionCorrection(o.ref()), 1e-12);
            JournalOrder jo = j.byIbOrderId(7, 100).orElseThrow();
            assertEquals(1.0, j.executions(jo.key()).get(0).commission());
            // a third run knows the correction from the journal alone
            IbBroker b3 = journaled(j, 300, new FakePort());
            drain(b3);
            assertEquals(1.0, b3.commissionCorrection(o.ref()), 1e-12);
        }
    }

    /** IB's answer that it has no such order: the ends of the open orders, completed orders and executions downloads. */
    private static void downloadsEnd(IbBroker b, FakePort p) {
        b.receive(new ServerMessage.OpenOrderEnd());
        b.receive(new ServerMessage.CompletedOrdersEnd());
        b.receive(new ServerMessage.ExecDetailsEnd(lastExecutionsRequest(p)));
    }

    private static int lastExecutionsRequest(FakePort p) {
        int id = -1;
        for (ClientMessage m : p.sent) {
            if (m instanceof ClientMessage.ReqExecutions) {
                id = ((ClientMessage.ReqExecutions) m).reqId();
            }
        }
        return id;
    }

    private static List<OrderStatus> statuses(List<Order> notes) {
        return notes.stream().map(Order::status).toList();
    }

    private static ClientMessage.PlaceOrder placed(FakePort p, int ibId) {
        return p.sent.stream().filter(m -> m instanceof ClientMessage.PlaceOrder && ((ClientMessage.PlaceOrder) m).orderId() == ibId)
                .map(m -> (ClientMessage.PlaceOrder) m).reduce((a, b) -> b).orElseThrow();
    }

    @Test
    void anOrderJournaledButNeverReceivedByTwsIsRejectedOnceWhenNoDownloadNamesItAndNeverReattachedAgain(@TempDir Path dir) {
        try (OrderJournal j = SqliteOrderJournal.open(dir.resolve("orders.db"))) {
            Order o = journaled(j, 100).buy(null, data, 5, OrderArgs.of()); // then killed: TWS never heard of it
            FakePort p = new FakePort();
            IbBroker b2 = journaled(j, 200, p);
            assertEquals(List.of(OrderStatus.Submitted), statuses(drain(b2)), "re-attached: TWS may still know it");
            b2.receive(new ServerMessage.OpenOrderEnd());
            b2.receive(new ServerMessage.ExecDetailsEnd(lastExecutionsRequest(p) + 99)); // another request's end
            b2.receive(new ServerMessage.CompletedOrdersEnd());
            assertEquals(List.of(), drain(b2), "our executions have not all come yet");
            b2.receive(new ServerMessage.ExecDetailsEnd(lastExecutionsRequest(p)));
            List<Order> got = drain(b2);
            assertEquals(List.of(OrderStatus.Rejected), statuses(got));
            assertEquals(o.ref(), got.get(0).ref());
            assertTrue(b2.warnings().get(0).startsWith("order " + o.ref() + " (IB id 100) rejected: TWS never received it"),
                    b2.warnings().toString());
            assertEquals(JournalOrder.NOT_SENT, j.order(1).orElseThrow().status());
            assertTrue(j.workingOrders().isEmpty());
            downloadsEnd(b2, p);
            assertEquals(List.of(), drain(b2), "once");
            FakePort p3 = new FakePort();
            IbBroker b3 = journaled(j, 300, p3);
            assertEquals(List.of(), drain(b3), "a third run re-attaches nothing");
            assertFalse(p3.sent.stream().anyMatch(m -> m instanceof ClientMessage.ReqCompletedOrders));
        }
    }

    @Test
    void anOrderTwsNamesInAnyOfTheThreeDownloadsIsNotRejected(@TempDir Path dir) {
        try (OrderJournal j = SqliteOrderJournal.open(dir.resolve("orders.db"))) {
            FakePort p1 = new FakePort();
            IbBroker b1 = journaled(j, 100, p1);
            for (int i = 0; i < 4; i++) {
                b1.buy(null, data, 5 + i, OrderArgs.of().exectype(ExecType.Limit).price(15.0));
            }
            FakePort p = new FakePort();
            IbBroker b2 = journaled(j, 200, p);
            assertEquals(4, drain(b2).size());
            b2.receive(new ServerMessage.OpenOrder(TWTR, placed(p1, 100).order(), org.bt4j.ib.wire.OrderState.of("Submitted")));
            reported(b2, exec(101, "x1", "BOT", 6, 15.0, 6), 1.0);
            b2.receive(new ServerMessage.CompletedOrder(TWTR, placed(p1, 102).order(),
                    org.bt4j.ib.wire.OrderState.of("Cancelled")));
            downloadsEnd(b2, p);
            List<Order> got = drain(b2);
            assertEquals(List.of(OrderStatus.Accepted, OrderStatus.Completed, OrderStatus.Rejected), statuses(got));
            assertEquals(4, got.get(2).ref(), "only the one no download names");
            assertEquals(List.of(1L, 3L), j.workingOrders().stream().map(JournalOrder::key).toList(),
                    "the completed one is known to TWS; its end is not taken from the list, which names no client id");
        }
    }

    @Test
    void anAcknowledgedOrderNoDownloadNamesIsEndedOnceWhileThoseTheyNameKeepTheirCourse(@TempDir Path dir) {
        try (OrderJournal j = SqliteOrderJournal.open(dir.resolve("orders.db"))) {
            FakePort p1 = new FakePort();
            IbBroker b1 = journaled(j, 100, p1);
            OrderArgs far = OrderArgs.of().exectype(ExecType.Limit).price(15.0);
            for (int i = 0; i < 5; i++) { // 100..104; TWS acknowledges all but 104
                b1.buy(null, data, 5 + i, i == 3 ? far.copy().valid(org.bt4j.order.Validity.until(p1.now + 1)) : far.copy());
            }
            for (int i = 0; i < 4; i++) {
                b1.receive(new ServerMessage.OrderStatus(100 + i, "Submitted", 0, 5 + i, 0, 9000 + i, 0, 0, 7, "", 0));
            }
            reported(b1, exec(102, "x0", "BOT", 2, 15.0, 2), 1.0);
            drain(b1); // then killed
            FakePort p = new FakePort();
            p.now = p1.now + 60_000_000_000L;
            IbBroker b2 = journaled(j, 200, p);
            assertEquals(List.of(OrderStatus.Accepted, OrderStatus.Accepted, OrderStatus.Partial, OrderStatus.Accepted,
                    OrderStatus.Submitted), statuses(drain(b2)));
            b2.receive(new ServerMessage.OpenOrder(TWTR, placed(p1, 100).order().toBuilder().permId(9000).build(),
                    org.bt4j.ib.wire.OrderState.of("Submitted"))); // still working
            b2.receive(new ServerMessage.CompletedOrder(TWTR, placed(p1, 101).order().toBuilder().permId(9001).build(),
                    new org.bt4j.ib.wire.OrderState("Cancelled", Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE,
                            "USD", "", 0, "20160620 10:40:00", "Cancelled"))); // cancelled while away
            downloadsEnd(b2, p); // nothing names 102 (2 of 7 shares received) or 103 (its validity passed)
            List<Order> got = drain(b2);
            assertEquals(List.of(OrderStatus.Canceled, OrderStatus.Canceled, OrderStatus.Expired, OrderStatus.Rejected),
                    statuses(got));
            assertEquals(List.of(2, 3, 4, 5), got.stream().map(Order::ref).toList());
            assertEquals(2.0, got.get(1).executed().size());
            assertTrue(b2.warnings().contains("order 3 (IB id 102, perm id 9002) Canceled: TWS no longer has it (no open"
                    + " order, completed order or execution of it after the connection); fills of it beyond the 2.0 shares"
                    + " received are unknown"), b2.warnings().toString());
            assertEquals(JournalOrder.GONE, j.order(3).orElseThrow().status());
            assertEquals("Expired", j.order(4).orElseThrow().end());
            assertEquals(List.of(1L), j.workingOrders().stream().map(JournalOrder::key).toList(), "only the working one");
            downloadsEnd(b2, p);
            assertEquals(List.of(), drain(b2), "once");
            FakePort p3 = new FakePort();
            IbBroker b3 = journaled(j, 300, p3);
            assertEquals(List.of(OrderStatus.Accepted), statuses(drain(b3)), "a third run re-attaches the working one alone");
        }
    }

    @Test
    void aNewOrderSkipsAnIbIdThatARestartedTwsGivesAgainWhileAnOrderOfItIsAttached(@TempDir Path dir) {
        try (OrderJournal j = SqliteOrderJournal.open(dir.resolve("orders.db"))) {
            IbBroker b1 = journaled(j, 100);
            b1.buy(null, data, 5, OrderArgs.of().exectype(ExecType.Limit).price(15.0));
            b1.receive(status(100, "Submitted", 0, 5));
            drain(b1);
            FakePort p = new FakePort();
            IbBroker b2 = journaled(j, 100, p); // TWS's order ids start again at 100
            assertEquals(List.of(OrderStatus.Accepted), statuses(drain(b2)));
            Order fresh = b2.buy(null, data, 3, OrderArgs.of());
            assertEquals(101, placed(p, 101).orderId(), "100 belongs to the re-attached order");
            b2.receive(status(101, "Submitted", 0, 3));
            reported(b2, exec(100, "r1", "BOT", 5, 15.0, 5), 1.0);
            List<Order> got = drain(b2);
            assertEquals(List.of(OrderStatus.Submitted, OrderStatus.Accepted, OrderStatus.Completed), statuses(got));
            assertEquals(List.of(fresh.ref(), fresh.ref(), 1), got.stream().map(Order::ref).toList());
        }
    }

    @Test
    void anOrderTwsEndedBeforeBt4jHeardOfItEndsAsTheCompletedOrdersListSaysOnce(@TempDir Path dir) {
        try (OrderJournal j = SqliteOrderJournal.open(dir.resolve("orders.db"))) {
            FakePort p1 = new FakePort();
            IbBroker b1 = journaled(j, 100, p1);
            b1.buy(null, data, 5, OrderArgs.of().exectype(ExecType.Limit).price(15.0)); // 100: cancelled at TWS
            b1.buy(null, data, 6, OrderArgs.of().exectype(ExecType.Limit).price(15.0)); // 101: refused by TWS
            b1.buy(null, data, 7, OrderArgs.of().exectype(ExecType.Limit).price(15.0)); // 102: 3 filled, then cancelled
            drain(b1); // killed before any status of them came
            FakePort p = new FakePort();
            IbBroker b2 = journaled(j, 200, p);
            assertEquals(3, drain(b2).size());
            String[] ends = {"Cancelled", "Inactive", "Cancelled"};
            double[] filled = {0, 0, 3};
            for (int i = 0; i < 3; i++) { // the list carries no order id, client id or, to bt4j, a known perm id
                b2.receive(new ServerMessage.CompletedOrder(TWTR, placed(p1, 100 + i).order().toBuilder().orderId(0)
                        .clientId(0).permId(7000 + i).build(), new org.bt4j.ib.wire.OrderState(ends[i], Double.MAX_VALUE,
                        Double.MAX_VALUE, Double.MAX_VALUE, "USD", "", filled[i], "20160620 10:40:00", ends[i])));
            }
            List<Order> got = drain(b2);
            assertEquals(List.of(OrderStatus.Canceled, OrderStatus.Rejected), statuses(got),
                    "the two that owe no shares; the one with fills waits for an execution of ours to name its perm id");
            assertEquals(List.of(1, 2), got.stream().map(Order::ref).toList());
            assertEquals("Inactive", j.order(2).orElseThrow().status());
            reported(b2, new ServerMessage.ExecDetails(-1, TWTR, new Execution(102, "f1", "20160620 10:37:36 US/Eastern",
                    "DU1", "ISLAND", "BOT", 3, 15.0, 7002L, 7, 0, 3, 15.0, "", "", 0, "", 0, false)), 1.0);
            downloadsEnd(b2, p);
            got = drain(b2);
            assertEquals(List.of(OrderStatus.Partial, OrderStatus.Canceled), statuses(got), "its fill, then the list's end");
            assertEquals(3.0, got.get(1).executed().size());
            assertTrue(j.workingOrders().isEmpty());
            assertEquals(7002L, j.order(3).orElseThrow().permId());
            assertEquals(List.of(), drain(journaled(j, 300)), "a third run has nothing to do");
        }
    }

    @Test
    void afterAReconnectAnOrderSentBeforeItThatTwsNeverGotIsRejectedButNotOneSentAfter() {
        broker.buy(null, data, 10, OrderArgs.of()); // 100: acknowledged
        broker.receive(status(100, "Submitted", 0, 10));
        broker.buy(null, data, 3, OrderArgs.of()); // 101: lost with the socket
        drain();
        broker.receive(new StoreEvent.Connected(187, List.of("DU1"), true, 7));
        broker.buy(null, data, 2, OrderArgs.of()); // 102: sent after the downloads were asked for
        drain();
        broker.receive(new ServerMessage.OpenOrder(TWTR, placed(port, 100).order(), org.bt4j.ib.wire.OrderState.of("Submitted")));
        downloadsEnd(broker, port);
        assertEquals(List.of(OrderStatus.Rejected), drain());
        assertEquals(2, notified.get(notified.size() - 1).ref(), "the order IB knows as 101");
        assertEquals(2, broker.openOrders().size());
    }

    @Test
    void aCompletedOrderOfTheSameRefSideAndSizeIsOursWhenOurContractHasNoConIdYet() {
        FakePort p = new FakePort();
        IbBroker b = new IbBroker(p).startWait(0).contract(data, Contract.of("TWTR", "STK", "SMART", "USD"));
        b.receive(new ServerMessage.AccountDownloadEnd("DU1"));
        b.start(List.of(data));
        b.buy(null, data, 3, OrderArgs.of());
        b.receive(new StoreEvent.Connected(187, List.of("DU1"), true, 7));
        b.receive(new ServerMessage.CompletedOrder(TWTR, placed(p, 100).order(), org.bt4j.ib.wire.OrderState.of("Inactive")));
        downloadsEnd(b, p);
        b.next();
        List<OrderStatus> got = new ArrayList<>();
        for (Order o = b.nextNotification(); o != null; o = b.nextNotification()) {
            got.add(o.status());
        }
        assertEquals(List.of(OrderStatus.Submitted), got, "TWS has it: not judged never received");
    }

    @Test
    void anOrderPlacedWhileDisconnectedIsJournaledAsNeverSent(@TempDir Path dir) {
        try (OrderJournal j = SqliteOrderJournal.open(dir.resolve("orders.db"))) {
            FakePort p = new FakePort();
            IbBroker b = journaled(j, 100, p);
            p.connected = false;
            b.buy(null, data, 1, OrderArgs.of());
            assertEquals(List.of(OrderStatus.Submitted, OrderStatus.Rejected), statuses(drain(b)));
            assertEquals(JournalOrder.NOT_SENT, j.order(1).orElseThrow().status());
            assertTrue(j.workingOrders().isEmpty());
        }
    }

    @Test
    void anOrderCancelledWithFillsStillOnTheirWayEndsCancelledAfterThemAcrossARestart(@TempDir Path dir) {
        try (OrderJournal j = SqliteOrderJournal.open(dir.resolve("orders.db"))) {
            IbBroker b1 = journaled(j, 100);
            Order o = b1.buy(null, data, 10, OrderArgs.of().exectype(ExecType.Limit).price(16.0));
            b1.receive(status(100, "Submitted", 0, 10));
            reported(b1, exec(100, "e1", "BOT", 4, 15.97, 4), 1.0);
            b1.receive(exec(100, "e2", "BOT", 3, 15.98, 7)); // its commission report is still on the way
            b1.receive(status(100, "Cancelled", 7, 3));
            assertEquals(List.of(OrderStatus.Submitted, OrderStatus.Accepted, OrderStatus.Partial), statuses(drain(b1)));
            JournalOrder jo = j.order(1).orElseThrow();
            assertEquals("Cancelled", jo.status());
            assertEquals(7.0, jo.endFilled());
            assertEquals("Canceled", jo.end());
            assertTrue(jo.isWorking(), "3 of the 7 shares IB counted have not arrived");

            FakePort p = new FakePort();
            IbBroker b2 = journaled(j, 200, p); // the crash came before e2's report
            assertEquals(List.of(OrderStatus.Partial), statuses(drain(b2)), "re-attached with its 4 delivered shares");
            reported(b2, exec(100, "e1", "BOT", 4, 15.97, 4), 1.0); // IB's replay
            reported(b2, exec(100, "e2", "BOT", 3, 15.98, 7), 0.5);
            downloadsEnd(b2, p);
            List<Order> got = drain(b2);
            assertEquals(List.of(OrderStatus.Partial, OrderStatus.Canceled), statuses(got), "the fill, then IB's end");
            assertEquals(List.of(3.0), fills(got));
            assertEquals(7.0, got.get(1).executed().size());
            assertEquals(o.ref(), got.get(1).ref());
            assertTrue(j.workingOrders().isEmpty());
            assertEquals(List.of(), drain(journaled(j, 300)), "a third run has nothing to do");
        }
    }

    @Test
    void aReplayedExecutionOfAnOrderDoneAndDeliveredInAnEarlierRunReattachesNothing(@TempDir Path dir) {
        try (OrderJournal j = SqliteOrderJournal.open(dir.resolve("orders.db"))) {
            IbBroker b1 = journaled(j, 100);
            b1.buy(null, data, 10, OrderArgs.of());
            b1.receive(status(100, "Submitted", 0, 10));
            reported(b1, exec(100, "e1", "BOT", 10, 15.97, 10), 1.0);
            assertEquals(List.of(OrderStatus.Submitted, OrderStatus.Accepted, OrderStatus.Completed), statuses(drain(b1)));
            FakePort p = new FakePort();
            IbBroker b2 = journaled(j, 200, p);
            Order next = b2.buy(null, data, 5, OrderArgs.of());
            drain(b2);
            b2.receive(new StoreEvent.Connected(187, List.of("DU1"), true, 7));
            reported(b2, exec(100, "e1", "BOT", 10, 15.97, 10), 1.0); // the replay of every execution of the client
            assertEquals(List.of(), drain(b2), "the order done in the first run is not notified again");
            assertEquals(List.of(next), b2.openOrders());
        }
    }

    @Test
    void anOrderTwsCompletedWhileBt4jWasAwayEndsAsTheCompletedOrdersListSaysAfterItsFills(@TempDir Path dir) {
        try (OrderJournal j = SqliteOrderJournal.open(dir.resolve("orders.db"))) {
            FakePort p1 = new FakePort();
            IbBroker b1 = journaled(j, 100, p1);
            b1.buy(null, data, 10, OrderArgs.of().exectype(ExecType.Limit).price(16.0));
            b1.receive(status(100, "Submitted", 0, 10)); // perm id 1
            reported(b1, exec(100, "e1", "BOT", 4, 15.97, 4), 1.0);
            drain(b1);
            // killed; meanwhile IB fills 3 more and the order is cancelled
            FakePort p = new FakePort();
            IbBroker b2 = journaled(j, 200, p);
            assertEquals(List.of(OrderStatus.Partial), statuses(drain(b2)));
            org.bt4j.ib.wire.Order done = placed(p1, 100).order().toBuilder().permId(1L).build();
            b2.receive(new ServerMessage.CompletedOrder(TWTR, done, new org.bt4j.ib.wire.OrderState("Cancelled",
                    Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE, "USD", "", 7, "20160620 10:40:00", "Cancelled")));
            assertEquals(List.of(), drain(b2), "3 of the 7 shares it counts are still to come");
            reported(b2, exec(100, "e2", "BOT", 3, 15.98, 7), 0.5); // the executions download
            downloadsEnd(b2, p);
            List<Order> got = drain(b2);
            assertEquals(List.of(OrderStatus.Partial, OrderStatus.Canceled), statuses(got));
            assertEquals(7.0, got.get(1).executed().size());
            assertTrue(j.workingOrders().isEmpty());
        }
    }

    @Test
    void aLateExecutionOfAnOrderJournaledCancelledWithoutItsCountIsDeliveredThenTheCancel(@TempDir Path dir) {
        try (OrderJournal j = SqliteOrderJournal.open(dir.resolve("orders.db"))) {
            IbBroker b1 = journaled(j, 100);
            b1.buy(null, data, 10, OrderArgs.of().exectype(ExecType.Limit).price(16.0));
            b1.receive(status(100, "Submitted", 0, 10));
            reported(b1, exec(100, "e1", "BOT", 4, 15.97, 4), 1.0);
            drain(b1);
            j.status(1, "Cancelled"); // as a journal written before ends were journaled with IB's count
            assertTrue(j.workingOrders().isEmpty());

            IbBroker b2 = journaled(j, 200);
            assertEquals(List.of(), drain(b2));
            reported(b2, exec(100, "e2", "BOT", 3, 15.98, 7), 0.5); // IB's replay has one more
            List<Order> got = drain(b2);
            assertEquals(List.of(OrderStatus.Partial, OrderStatus.Partial, OrderStatus.Canceled), statuses(got),
                    "re-attached with its delivered fill, the late fill, then the journaled end");
            assertEquals(List.of(3.0), fills(got));
            assertEquals(7.0, got.get(2).executed().size());
        }
    }

    @Test
    void aGtdOrderIbCancelsAfterItsValidityIsExpiredAndOneCancelledBeforeItCanceledWhateverTheBarsSay() {
        OrderArgs gtd = OrderArgs.of().exectype(ExecType.Limit).price(15.5)
                .valid(org.bt4j.order.Validity.until(port.now + 30_500_000_000L));
        broker.buy(null, data, 10, gtd.copy());
        broker.buy(null, data, 10, gtd.copy());
        drain();
        broker.receive(exec(100, "x1", "BOT", 3, 15.5, 3)); // its report is on its way
        broker.receive(status(100, "Cancelled", 3, 7)); // the user's cancel, before the validity
        port.now += 30_200_000_000L; // IB's GTD is the validity's whole second, which has come; no bar since the order's
        broker.receive(status(101, "Cancelled", 0, 10));
        broker.receive(new ServerMessage.CommissionReport("x1", 1.0, "USD", Double.MAX_VALUE, 0, ""));
        List<Order> got = new ArrayList<>();
        drain();
        for (Order o : notified) {
            if (o.status() != OrderStatus.Submitted) {
                got.add(o);
            }
        }
        assertEquals(List.of(OrderStatus.Expired, OrderStatus.Partial, OrderStatus.Canceled), statuses(got),
                "IB's end decides, not the bar the end is applied at");
        assertEquals(List.of(2, 1, 1), got.stream().map(Order::ref).toList());
    }

    /**
     * A partly filled order that IB ends otherwise than Filled, with one fill received but never
     * notified (queued, then the crash before the next bar) and one whose report was still on its
     * way: the restart notifies both fills, oldest first, then the end IB gave, once.
     */
    private void anEndAcrossARestartAfterUndeliveredFills(Path dir, OrderStatus end) {
        try (OrderJournal j = SqliteOrderJournal.open(dir.resolve("orders-" + end + ".db"))) {
            FakePort p1 = new FakePort();
            IbBroker b1 = journaled(j, 100, p1).commissionTimeout(java.time.Duration.ofMinutes(10));
            b1.buy(null, data, 10, OrderArgs.of().exectype(ExecType.Limit).price(16.0)
                    .valid(org.bt4j.order.Validity.until(p1.now + 30_000_000_000L)));
            b1.receive(status(100, "Submitted", 0, 10));
            reported(b1, exec(100, "e1", "BOT", 4, 15.97, 4), 1.0);
            assertEquals(List.of(OrderStatus.Submitted, OrderStatus.Accepted, OrderStatus.Partial), statuses(drain(b1)));
            reported(b1, exec(100, "e2", "BOT", 3, 15.98, 7), 0.5);
            b1.receive(exec(100, "e3", "BOT", 1, 15.99, 8)); // its report is on its way
            if (end == OrderStatus.Expired) {
                p1.now += 31_000_000_000L; // IB expires it
            }
            if (end == OrderStatus.Margin) {
                b1.receive(new ServerMessage.ErrorMsg(100, 201, "Order rejected - reason: insufficient margin", ""));
            }
            b1.receive(status(100, end == OrderStatus.Canceled || end == OrderStatus.Expired ? "Cancelled" : "Inactive", 8, 2));
            assertEquals(List.of(3.0), fills(taken(b1)), "e2 queued; the crash comes before it is notified");
            JournalOrder jo = j.order(1).orElseThrow();
            assertEquals(end.name(), jo.end());
            assertEquals(8.0, jo.endFilled());
            assertTrue(jo.isWorking(), "e3 has not arrived");
            assertEquals(List.of("e2"), j.undelivered().stream().map(x -> x.execId()).toList());

            FakePort p2 = new FakePort();
            p2.now = p1.now + 60_000_000_000L; // the restart, a minute later
            IbBroker b2 = journaled(j, 200, p2);
            List<Order> got = new ArrayList<>(drain(b2));
            reported(b2, exec(100, "e1", "BOT", 4, 15.97, 4), 1.0); // IB's replay
            reported(b2, exec(100, "e2", "BOT", 3, 15.98, 7), 0.5);
            reported(b2, exec(100, "e3", "BOT", 1, 15.99, 8), 0.25);
            downloadsEnd(b2, p2);
            got.addAll(drain(b2));
            downloadsEnd(b2, p2);
            got.addAll(drain(b2));
            assertEquals(List.of(OrderStatus.Partial, OrderStatus.Partial, OrderStatus.Partial, end), statuses(got),
                    end + ": re-attached with its delivered fill, the undelivered one, the late one, then IB's end once");
            assertEquals(List.of(3.0, 1.0), fills(got));
            assertEquals(8.0, got.get(3).executed().size());
            assertTrue(j.workingOrders().isEmpty() && j.undelivered().isEmpty());
            assertEquals(List.of(), drain(journaled(j, 300)), "a third run has nothing to do");
        }
    }

    @Test
    void eachEndIbGaveAPartlyFilledOrderIsItsEndAfterARestartOnceAfterItsUndeliveredFills(@TempDir Path dir) {
        for (OrderStatus end : List.of(OrderStatus.Canceled, OrderStatus.Expired, OrderStatus.Margin, OrderStatus.Rejected)) {
            anEndAcrossARestartAfterUndeliveredFills(dir, end);
        }
    }

    @Test
    void eachFillNotificationCarriesIbsExecutionIdAlsoWhenDeliveredAgainAfterACrash(@TempDir Path dir) {
        try (OrderJournal j = SqliteOrderJournal.open(dir.resolve("orders.db"))) {
            IbBroker b1 = journaled(j, 100);
            b1.buy(null, data, 10, OrderArgs.of());
            b1.receive(status(100, "Submitted", 0, 10));
            reported(b1, exec(100, "e1", "BOT", 4, 15.97, 4), 1.0);
            List<Order> first = taken(b1);
            assertEquals(List.of(OrderStatus.Submitted, OrderStatus.Accepted, OrderStatus.Partial), statuses(first));
            assertEquals(null, b1.execId(first.get(1)), "no fill in it");
            b1.notified(first.get(0));
            b1.notified(first.get(1));
            assertEquals("e1", b1.execId(first.get(2)));
            // the strategy's notifyOrder ran; the crash comes before notified() commits the delivery
            IbBroker b2 = journaled(j, 200);
            List<Order> again = taken(b2);
            assertEquals(List.of(OrderStatus.Accepted, OrderStatus.Partial), statuses(again));
            assertEquals("e1", b2.execId(again.get(1)), "delivered again, with the same id");
            assertEquals(4.0, again.get(1).executed().size(), "and counted once in the re-attached order");
            again.forEach(b2::notified);
            assertEquals(null, b2.execId(again.get(1)), "only while its notifyOrder runs");
            assertTrue(j.hasDelivered("e1"));
        }
    }
}
