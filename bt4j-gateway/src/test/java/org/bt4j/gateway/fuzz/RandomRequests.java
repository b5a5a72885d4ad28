package org.bt4j.gateway.fuzz;

import java.util.SplittableRandom;
import org.bt4j.ib.wire.ClientMessage;
import org.bt4j.ib.wire.Contract;
import org.bt4j.ib.wire.ExecutionFilter;
import org.bt4j.ib.wire.Order;

/**
 * Seeded random API requests that are well framed but carry odd values: unknown and half-specified
 * contracts, zero, negative and astronomically large quantities and prices, unknown order types and
 * time-in-force codes, impossible historical durations and bar sizes, junk dates, negative ids.
 * They reach the gateway's request handling (not just its decoder). Threading: one thread.
 */
final class RandomRequests {

    private static final String[] SYMBOLS = {"AAPL", "MSFT", "SPY", "TWTR", "ES", "EUR", "SPX", "DAX", "NOPE", "", "A\u00e9B"};
    private static final String[] SEC_TYPES = {"STK", "FUT", "CASH", "IND", "OPT", "FOP", "CFD", "BAG", "", "XYZ"};
    private static final String[] EXCHANGES = {"SMART", "GLOBEX", "CME", "IDEALPRO", "ISLAND", "", "MOON"};
    private static final String[] CURRENCIES = {"USD", "EUR", "", "XXX"};
    private static final String[] EXPIRIES = {"", "202612", "20261218", "999999", "abc", "19000101"};
    private static final String[] ACTIONS = {"BUY", "SELL", "SSHORT", "", "HOLD"};
    private static final String[] ORDER_TYPES = {"MKT", "LMT", "STP", "STP LMT", "MOC", "TRAIL", "TRAIL LIMIT", "", "BOGUS"};
    private static final String[] TIFS = {"DAY", "GTC", "GTD", "IOC", "OPG", "", "FOREVER"};
    private static final String[] DATES = {"", "20240105 16:00:00 UTC", "20240105-16:00:00", "2024", "not a date",
        "99999999 99:99:99", "20240105 16:00:00 Mars/Base"};
    private static final double[] QUANTITIES = {0, -1, 1e-9, 0.5, 1, 100, 2147483647.0, 1e15, 1e308};
    private static final double[] PRICES = {0, -5, 0.0001, 181.25, 1e9, 1e308, Double.MAX_VALUE};
    private static final String[] DURATIONS = {"1 D", "60 S", "2 W", "1 M", "1 Y", "999999 Y", "0 S", "-5 D", "abc",
        "2147483647 S", "", "1"};
    private static final String[] BAR_SIZES = {"1 secs", "5 secs", "1 min", "7 mins", "1 hour", "1 day", "1 week",
        "1 month", "", "0 mins", "1 fortnight"};
    private static final String[] WHAT = {"TRADES", "MIDPOINT", "BID", "ASK", "BID_ASK", "", "NEWS"};
    private static final String[] TICKS = {"", "233", "100,101,104", "999", "abc", "233,233,233"};
    private static final int[] IDS = {-1, 0, 1, 7, 16777216, Integer.MAX_VALUE, Integer.MIN_VALUE};

    private final SplittableRandom rnd;

    RandomRequests(long seed) {
        this.rnd = new SplittableRandom(seed);
    }

    /** @return one random request (never START_API: the caller has started already) */
    ClientMessage next() {
        switch (rnd.nextInt(17)) {
            case 0: return new ClientMessage.ReqContractDetails(id(), contract(), rnd.nextBoolean(), "");
            case 1: return new ClientMessage.ReqMktData(id(), contract(), pick(TICKS), rnd.nextBoolean(), rnd.nextBoolean());
            case 2: return new ClientMessage.CancelMktData(id());
            case 3: return new ClientMessage.ReqRealTimeBars(id(), contract(), rnd.nextInt(4) == 0 ? rnd.nextInt(100) - 10 : 5,
                    pick(WHAT), rnd.nextBoolean());
            case 4: return new ClientMessage.CancelRealTimeBars(id());
            case 5: return new ClientMessage.ReqHistoricalData(id(), contract(), rnd.nextBoolean(), pick(DATES),
                    pick(BAR_SIZES), pick(DURATIONS), rnd.nextBoolean(), pick(WHAT), rnd.nextInt(4) - 1, rnd.nextBoolean());
            case 6: return new ClientMessage.CancelHistoricalData(id());
            case 7:
            case 8: return new ClientMessage.PlaceOrder(id(), contract(), order());
            case 9: return new ClientMessage.CancelOrder(id(), rnd.nextBoolean() ? "" : pick(DATES));
            case 10: return new ClientMessage.ReqIds(id());
            case 11: return new ClientMessage.ReqOpenOrders();
            case 12: return new ClientMessage.ReqCompletedOrders(rnd.nextBoolean());
            case 13: return new ClientMessage.ReqAccountUpdates(rnd.nextBoolean(), rnd.nextBoolean() ? "DU1234567" : "ZZZ");
            case 14: return new ClientMessage.ReqAccountUpdatesMulti(id(), pick(new String[] {"DU1234567", "", "All"}), "",
                    rnd.nextBoolean());
            case 15: return new ClientMessage.ReqExecutions(id(), new ExecutionFilter(id(), "", pick(DATES), pick(SYMBOLS),
                    pick(SEC_TYPES), pick(EXCHANGES), pick(ACTIONS)));
            default: return new ClientMessage.ReqMarketDataType(rnd.nextInt(8) - 2);
        }
    }

    private Contract contract() {
        if (rnd.nextInt(3) == 0) {
            return Contract.of(pick(new String[] {"AAPL", "MSFT", "SPY", "TWTR"}), "STK", "SMART", "USD");
        }
        String sec = pick(SEC_TYPES);
        if ("BAG".equals(sec)) {
            sec = "STK"; // combo legs are not encoded by the shared writer
        }
        return new Contract(rnd.nextInt(4) == 0 ? id() : 0, pick(SYMBOLS), sec, pick(EXPIRIES),
                rnd.nextInt(3) == 0 ? pickD(PRICES) : 0.0, pick(new String[] {"", "C", "P", "X"}), "",
                pick(EXCHANGES), "", pick(CURRENCIES), "", "", "", "");
    }

    private Order order() {
        return Order.builder().action(pick(ACTIONS)).totalQuantity(pickD(QUANTITIES)).orderType(pick(ORDER_TYPES))
                .lmtPrice(pickD(PRICES)).auxPrice(pickD(PRICES)).tif(pick(TIFS)).goodTillDate(pick(DATES))
                .goodAfterTime(rnd.nextInt(4) == 0 ? pick(DATES) : "").parentId(rnd.nextInt(4) == 0 ? id() : 0)
                .ocaGroup(rnd.nextInt(4) == 0 ? "oca" + rnd.nextInt(3) : "").transmit(rnd.nextInt(5) != 0)
                .outsideRth(rnd.nextBoolean()).trailingPercent(rnd.nextInt(4) == 0 ? pickD(PRICES) : Double.MAX_VALUE)
                .build();
    }

    private int id() {
        return rnd.nextInt(3) == 0 ? IDS[rnd.nextInt(IDS.length)] : 1 + rnd.nextInt(50);
    }

    private String pick(String[] a) {
        return a[rnd.nextInt(a.length)];
    }

    private double pickD(double[] a) {
        return a[rnd.nextInt(a.length)];
    }

    /** @return a uniformly random int in {@code [0, bound)} */
    int nextInt(int bound) {
        return rnd.nextInt(bound);
    }

    /** @return {@code n} random bytes, about a quarter of them NULs (field separators) */
    byte[] bytes(int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (rnd.nextInt(4) == 0 ? 0 : rnd.nextInt(256));
        }
        return b;
    }
}
