package org.bt4j.gateway.broker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.bt4j.gateway.market.Instrument;
import org.bt4j.gateway.market.SecType;
import org.bt4j.ib.wire.Order;
import org.bt4j.ib.wire.Wire;
import org.junit.jupiter.api.Test;

/** Order sizes and prices: finite, positive, within the bounds, whole units, on the tick; and a seeded size fuzz. */
class OrderPrecautionsTest {

    static final Instrument AAPL = MatchingEngineTest.AAPL;

    private static String check(Order.Builder b) {
        Order o = b.build();
        return OrderPrecautions.check(AAPL, o, OrderTypes.normalise(o.orderType()));
    }

    private static Order.Builder order(double qty, String type) {
        return Order.builder().orderId(1).clientId(1).action("BUY").totalQuantity(qty).orderType(type);
    }

    @Test
    void sizesMustBeFinitePositiveWholeAndBounded() {
        assertNull(check(order(100, "MKT")));
        assertNull(check(order(OrderPrecautions.MAX_QUANTITY, "MKT")));
        assertEquals("Order quantity is not a number: NaN", check(order(Double.NaN, "MKT")));
        assertEquals("Order quantity is not a number: Infinity", check(order(Double.POSITIVE_INFINITY, "MKT")));
        assertEquals("Order quantity is not a number: 1.7976931348623157E308", check(order(Wire.UNSET_DOUBLE, "MKT")));
        assertEquals("Order quantity must be positive: 0", check(order(0, "MKT")));
        assertEquals("Order quantity must be positive: -5", check(order(-5, "MKT")));
        assertEquals("The order size 1.0E308 exceeds the size limit of 100000000", check(order(1e308, "MKT")));
        assertEquals("The order size 9.2E18 exceeds the size limit of 100000000", check(order(9.2e18, "MKT")));
        assertEquals("The order size 4.9E-324 is not a multiple of the size increment 1", check(order(4.9e-324, "MKT")));
        assertEquals("The order size 0.5 is not a multiple of the size increment 1", check(order(0.5, "MKT")));
    }

    @Test
    void pricesMustBeFinitePositiveBoundedAndOnTheTick() {
        assertNull(check(order(1, "LMT").lmtPrice(185.25)));
        assertEquals("The limit price is not a number: NaN", check(order(1, "LMT").lmtPrice(Double.NaN)));
        assertEquals("The limit price must be positive: -1.0", check(order(1, "LMT").lmtPrice(-1)));
        assertEquals("The limit price 1.0E9 exceeds the price limit of 10000000", check(order(1, "LMT").lmtPrice(1e9)));
        assertEquals("110|The price does not conform to the minimum price variation for this contract.",
                check(order(1, "LMT").lmtPrice(185.255)));
        assertEquals("The stop price must be positive: 0.0", check(order(1, "STP").auxPrice(0)));
        assertEquals("The stop price is not a number: Infinity",
                check(order(1, "STP LMT").lmtPrice(180).auxPrice(Double.POSITIVE_INFINITY)));
        assertEquals("The trailing percent must be between 0 and 100: 150.0", check(order(1, "TRAIL").trailingPercent(150)));
        assertEquals("The trailing amount must be positive: -2.0", check(order(1, "TRAIL").auxPrice(-2)));
        assertNull(check(order(1, "TRAIL").auxPrice(2)));
        assertNull(check(order(1, "MKT").lmtPrice(-3)), "a price the order type does not use is not checked");
    }

    /**
     * Seeded fuzz: 5,000 market orders with sizes from random bit patterns, extremes and near-misses
     * go through the matching engine and a quote. Every accepted order has a size the checks allow,
     * every other one gets error 201, and the account's cash stays finite and within what the
     * accepted sizes can spend.
     */
    @Test
    void sizeFuzzNeverReachesTheAccount() {
        SplittableRandom rnd = new SplittableRandom(Long.getLong("bt4j.fuzz.seed", 20));
        double[] extremes = {1e308, 9.2e18, 4.9e-324, -0.0, Double.MIN_NORMAL, Double.MAX_VALUE, Double.NaN,
            Double.NEGATIVE_INFINITY, 1e8 + 1, 1e8, 0.999999, 1.000001, Long.MAX_VALUE, -1};
        RecordingListener events = new RecordingListener();
        Account account = new Account("DU1", "USD", 1_000_000);
        MatchingEngine m = new MatchingEngine(account, CommissionModel.ibFixed(), events, ZoneId.of("US/Eastern"), false,
                1.0, 1, false, 42);
        List<Double> accepted = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            double q = i < extremes.length ? extremes[i] : switch (rnd.nextInt(4)) {
                case 0 -> Double.longBitsToDouble(rnd.nextLong());
                case 1 -> rnd.nextInt(-10, 200);
                case 2 -> rnd.nextDouble() * 1e9;
                default -> Math.pow(10, rnd.nextInt(-330, 310));
            };
            int before = events.events.size();
            SimOrder o = m.place(AAPL, order(q, "MKT").orderId(i + 1).action(rnd.nextBoolean() ? "BUY" : "SELL").build(),
                    ScriptedTape.T0);
            if (o == null) {
                assertEquals("error " + (i + 1) + " 201", events.events.get(before), "case " + i + " size " + q);
            } else {
                assertTrue(q >= 1 && q <= OrderPrecautions.MAX_QUANTITY && q == Math.rint(q), "case " + i + " size " + q);
                accepted.add(q);
            }
            new ScriptedTape().quote(185.49, 185.50, 100, 100).play(m, AAPL);
            assertTrue(Double.isFinite(account.cash()), "case " + i + ": cash " + account.cash());
        }
        double most = accepted.stream().mapToDouble(q -> q * 185.50 + Math.max(1, q * 0.005)).sum();
        assertTrue(Math.abs(account.cash() - 1_000_000) <= most, "cash " + account.cash() + " within " + most);
        assertTrue(accepted.size() > 500, "the fuzz also exercised accepted sizes: " + accepted.size());
    }
}
