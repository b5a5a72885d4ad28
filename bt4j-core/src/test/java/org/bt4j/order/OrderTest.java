package org.bt4j.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.bt4j.feed.ArrayFeed;
import org.bt4j.testkit.DailyBars;
import org.bt4j.testkit.OrderFixtures;
import org.junit.jupiter.api.Test;

/**
 * {@link Order}: backtrader's creation rules (signed size, the close as the default price), the
 * status lifecycle and alive(), expiry, trailing-stop adjustment, bracket activation and the
 * notification snapshots (frozen copies that carry only the fills added since the previous one).
 */
class OrderTest {

    private final ArrayFeed data = DailyBars.at(DailyBars.closes(100, 101, 102, 103), 1);

    private Order create(boolean buy, double size, OrderArgs args) {
        return Order.create(1, buy, null, data, size, args);
    }

    @Test
    void sellsCarryANegativeSizeAndTheCloseIsTheDefaultPrice() {
        Order b = create(true, 5, OrderArgs.of());
        assertEquals(5.0, b.size());
        assertTrue(b.isBuy());
        assertEquals(100.0, b.createdPrice());
        assertEquals(100.0, b.createdPClose());
        assertEquals(DailyBars.T0, b.createdDt());
        assertEquals(5.0, b.executed().remsize());
        assertEquals(ExecType.Market, b.execType());
        assertTrue(Double.isNaN(b.priceArgument()));

        Order s = create(false, 5, OrderArgs.of().exectype(ExecType.Limit).price(104.5).tradeId(3));
        assertEquals(-5.0, s.size());
        assertTrue(s.isSell());
        assertEquals(104.5, s.createdPrice());
        assertEquals(-5.0, s.executed().remsize());
        assertEquals(3, s.tradeId());
        assertThrows(IllegalArgumentException.class, () -> create(true, 0, OrderArgs.of()));
    }

    @Test
    void lifecycleAndAlive() {
        Order o = create(true, 10, OrderArgs.of());
        assertEquals(OrderStatus.Created, o.status());
        assertTrue(o.isAlive());
        DailyBars.step(data);
        o.submit();
        assertEquals(OrderStatus.Submitted, o.status());
        assertEquals(2, o.plen());
        o.accept();
        assertTrue(o.isAlive());
        OrderFixtures.fill(o, 4, 101);
        assertEquals(OrderStatus.Partial, o.status());
        assertTrue(o.isAlive());
        OrderFixtures.fill(o, 6, 102);
        assertEquals(OrderStatus.Completed, o.status());
        assertFalse(o.isAlive());
        assertEquals(0.0, o.executed().remsize());
        assertEquals(101.6, o.executed().price(), 1e-12); // (4*101 + 6*102) / 10
    }

    @Test
    void aCommissionCorrectionChangesTheExecutedTotalButNotDeliveredSnapshots() {
        Order o = create(true, 10, OrderArgs.of());
        o.submit();
        o.accept();
        OrderFixtures.fill(o, 4, 101);
        double before = o.executed().comm();
        Order delivered = o.snapshot();
        o.correctCommission(0.98);
        assertEquals(before + 0.98, o.executed().comm(), 1e-12);
        assertEquals(before, delivered.executed().comm(), 1e-12, "a notification already sent keeps its number");
        assertEquals(before + 0.98, o.snapshot().executed().comm(), 1e-12, "the next notification has it");
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> delivered.correctCommission(1));
    }

    @Test
    void finalStatusesStampTheCurrentBarAndAreNotAlive() {
        DailyBars.step(data);
        Order c = create(true, 1, OrderArgs.of());
        c.cancel();
        assertEquals(OrderStatus.Canceled, c.status());
        assertEquals(DailyBars.T0 + DailyBars.DAY, c.executed().dt());
        Order m = create(true, 1, OrderArgs.of());
        m.margin();
        assertEquals(OrderStatus.Margin, m.status());
        assertFalse(m.isAlive());
        Order r = create(true, 1, OrderArgs.of());
        assertTrue(r.reject());
        assertFalse(r.reject()); // only the first rejection counts
        assertFalse(r.isAlive());
    }

    @Test
    void expiresOnlyAtABarStrictlyAfterTheValidityAndNeverForMarketOrders() {
        OrderArgs a = OrderArgs.of().exectype(ExecType.Limit).price(90).valid(Validity.until(DailyBars.T0 + DailyBars.DAY));
        Order limit = create(true, 1, a);
        Order market = create(true, 1, OrderArgs.of().valid(Validity.until(DailyBars.T0 + DailyBars.DAY)));
        Order gtc = create(true, 1, OrderArgs.of().exectype(ExecType.Limit).price(90));
        DailyBars.step(data);
        assertFalse(limit.validityPassed(data.datetime(0)));
        assertFalse(limit.expire()); // bar time == valid: not yet
        assertTrue(limit.validityPassed(data.datetime(0) + 1), "asking changes nothing");
        assertEquals(OrderStatus.Created, limit.status());
        DailyBars.step(data);
        assertFalse(market.validityPassed(Long.MAX_VALUE));
        assertFalse(gtc.validityPassed(Long.MAX_VALUE));
        assertTrue(limit.expire());
        assertEquals(OrderStatus.Expired, limit.status());
        assertEquals(DailyBars.T0 + 2 * DailyBars.DAY, limit.executed().dt());
        assertFalse(market.expire());
        assertFalse(gtc.expire());
        assertEquals(0L, gtc.valid());
    }

    @Test
    void aBrokerCanExpireAnOrderAtTheMomentItsBrokerEndedItBeforeABarShowsIt() {
        Order limit = create(true, 1, OrderArgs.of().exectype(ExecType.Limit).price(90)
                .valid(Validity.until(DailyBars.T0 + DailyBars.DAY / 2)));
        assertFalse(limit.expire(DailyBars.T0 + DailyBars.DAY / 2), "not at the validity itself");
        assertTrue(limit.expire(DailyBars.T0 + DailyBars.DAY / 2 + 1));
        assertEquals(OrderStatus.Expired, limit.status());
        assertEquals(data.datetime(0), limit.executed().dt(), "stamped at the data's current bar");
    }

    @Test
    void trailingStopsMoveOnlyInTheFavourableDirection() {
        Order sell = create(false, 1, OrderArgs.of().exectype(ExecType.StopTrail).trailAmount(2));
        assertEquals(98.0, sell.createdPrice()); // close 100 - 2
        sell.trailAdjust(105);
        assertEquals(103.0, sell.createdPrice());
        sell.trailAdjust(101);
        assertEquals(103.0, sell.createdPrice());

        Order buy = create(true, 1, OrderArgs.of().exectype(ExecType.StopTrail).trailPercent(0.1));
        assertEquals(110.0, buy.createdPrice(), 1e-12); // 100 + 10%
        buy.trailAdjust(90);
        assertEquals(99.0, buy.createdPrice(), 1e-12);
        buy.trailAdjust(95);
        assertEquals(99.0, buy.createdPrice(), 1e-12);

        // the limit keeps its creation offset (price 100 - plimit 95 = 5) below the stop
        Order stl = create(false, 1, OrderArgs.of().exectype(ExecType.StopTrailLimit).price(100).plimit(95).trailAmount(2));
        assertEquals(98.0, stl.createdPrice());
        assertEquals(93.0, stl.createdPriceLimit());
        stl.trailAdjust(104);
        assertEquals(102.0, stl.createdPrice());
        assertEquals(97.0, stl.createdPriceLimit());
    }

    @Test
    void bracketChildrenWaitForActivation() {
        Order parent = create(true, 1, OrderArgs.of().exectype(ExecType.Limit).price(99).transmit(false));
        Order child = create(false, 1, OrderArgs.of().exectype(ExecType.Stop).price(95).parent(parent));
        assertTrue(parent.isActive());
        assertFalse(parent.transmit());
        assertFalse(child.isActive());
        assertSame(parent, child.parent());
        child.activate();
        assertTrue(child.isActive());
    }

    @Test
    void snapshotsAreFrozenAndCarryOnlyNewFills() {
        Order o = create(true, 10, OrderArgs.of().info("coc", false));
        o.accept();
        OrderFixtures.fill(o, 4, 101);
        Order s1 = o.snapshot();
        assertTrue(s1.isSnapshot());
        assertEquals(1, s1.executed().pendingCount());
        assertEquals(4.0, s1.executed().pendingBit(0).size());
        assertThrows(IllegalStateException.class, s1::cancel);

        Order s2 = o.snapshot(); // nothing new
        assertEquals(0, s2.executed().pendingCount());
        OrderFixtures.fill(o, 6, 102);
        Order s3 = o.snapshot();
        assertEquals(1, s3.executed().pendingCount());
        assertEquals(6.0, s3.executed().pendingBit(0).size());
        assertEquals(2, s3.executed().bits().size());

        assertEquals(OrderStatus.Partial, s1.status()); // unchanged by the later fill
        assertEquals(4.0, s1.executed().size());
        assertEquals(OrderStatus.Completed, s3.status());
        assertSame(o.executed(), s3.executed(), "final: the notification shares the execution, which no longer changes");
        assertNotSame(s1.executed(), s3.executed());
        o.correctCommission(0.25);
        assertNotSame(o.executed(), s3.executed(), "a late change is made on a copy");
        assertEquals(0.0, s3.executed().comm());
        assertEquals(0.25, o.executed().comm());
        assertEquals(2, o.executed().bits().size());
        assertEquals(Map.of("coc", false), s3.info());
        assertThrows(UnsupportedOperationException.class, () -> o.info().put("x", 1));
    }

    @Test
    void sessionEndOfADailyBarIsItsOwnEndOfDay() {
        assertEquals(DailyBars.T0, create(true, 1, OrderArgs.of().exectype(ExecType.Close)).dteos());
    }

    /** backtrader's own {@code print(order)} of the same order (samples/volumefilling, first notification). */
    @Test
    void printsAsBacktraderPrintsAnOrder() {
        Order o = create(true, 16479, OrderArgs.of());
        o.submit();
        assertEquals(String.join("\n", "Ref: 1", "OrdType: 0", "OrdType: Buy", "Status: 1", "Status: Submitted",
            "Size: 16479.0", "Price: None", "Price Limit: None", "TrailAmount: None", "TrailPercent: None", "ExecType: 0",
            "ExecType: Market", "CommInfo: None", "End of Session: 732313.9999999999", "Info: AutoOrderedDict()",
            "Broker: None", "Alive: True"), o.snapshot().toString());

        Order s = create(false, 2, OrderArgs.of().exectype(ExecType.Limit).price(104.5).info("why", "exit"));
        s.submit();
        s.accept();
        s.execute(new ExecutionBit(DailyBars.T0, -2, 104.5, 0, 0, 0, -2, 209, 0, 0, -2, 104.5), 0);
        s.addCommInfo(org.bt4j.broker.CommInfo.defaultScheme());
        String text = s.snapshot().toString();
        assertTrue(text.contains("\nOrdType: 1\nOrdType: Sell\nStatus: 4\nStatus: Completed\nSize: -2.0\nPrice: 104.5\n"), text);
        assertTrue(text.contains("\nExecType: 2\nExecType: Limit\nCommInfo: <backtrader.comminfo.CommInfoBase object>\n"), text);
        assertTrue(text.endsWith("\nInfo: AutoOrderedDict([('why', 'exit')])\nBroker: None\nAlive: False"), text);
    }
}
