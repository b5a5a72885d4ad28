package org.bt4j.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bt4j.analyzer.Analyzer;
import org.bt4j.broker.Trade;
import org.bt4j.feed.DataFeed;
import org.bt4j.order.ExecType;
import org.bt4j.order.Order;
import org.bt4j.order.OrderExecution;
import org.bt4j.order.OrderStatus;
import org.bt4j.strategy.Strategy;
import org.bt4j.time.ZoneConverter;

/**
 * Records a strategy's orders and trades as columns, for {@code bt4j backtest}'s result: one row
 * of primitive fields per order (by ref) and per trade (by ref) in {@link LongRows}, written from
 * each notification the strategy receives and, at the end, from the orders and trades the strategy
 * still holds. So the strategy need not keep finished orders and closed trades (exactbars keeps
 * none), and nothing per order is built after the run: {@link RunSummary} streams the rows as
 * JSON. Attached as an analyzer; engine thread only.
 */
public final class ResultRecorder implements Analyzer {

    static final int O_REF = 0;
    static final int O_FLAGS = 1;
    static final int O_CREATED_DT = 2;
    static final int O_CREATED_PRICE = 3;
    static final int O_EXEC_DT = 4;
    static final int O_EXEC_PRICE = 5;
    static final int O_EXEC_SIZE = 6;
    static final int O_EXEC_COMM = 7;
    private static final int O_FIELDS = 8;

    static final int T_REF = 0;
    static final int T_FLAGS = 1;
    static final int T_DTOPEN = 2;
    static final int T_DTCLOSE = 3;
    static final int T_SIZE_OPEN = 4;
    static final int T_SIZE = 5;
    static final int T_PRICE = 6;
    static final int T_PNL = 7;
    static final int T_PNLCOMM = 8;
    static final int T_COMMISSION = 9;
    private static final int T_FIELDS = 10;

    /** A datetime field with no value. */
    static final long NO_DT = Long.MIN_VALUE;

    private static final ExecType[] EXEC_TYPES = ExecType.values();
    private static final OrderStatus[] STATUSES = OrderStatus.values();
    private static final Trade.Status[] TRADE_STATUSES = Trade.Status.values();

    private final LongRows orders = new LongRows(O_FIELDS);
    private final LongRows trades = new LongRows(T_FIELDS);
    private final List<DataFeed> datas = new ArrayList<>(1);
    /** A converter per data, built when the rows are read (each keeps its zone's offsets cached). */
    private final List<ZoneConverter> zones = new ArrayList<>(1);
    private Strategy strategy;

    @Override
    public void start(Strategy s) {
        this.strategy = s;
    }

    @Override
    public void notifyOrder(Order o) {
        record(o);
    }

    @Override
    public void notifyTrade(Trade t) {
        record(t);
    }

    /** Records what the strategy still holds (live orders, open trades; everything if it keeps its history). */
    @Override
    public void stop() {
        for (Order o : strategy.orders()) {
            record(o);
        }
        for (Trade t : strategy.trades()) {
            record(t);
        }
    }

    /** No analysis of its own: the rows are read through {@link RunSummary}. */
    @Override
    public Map<String, Object> analysis() {
        return Map.of();
    }

    private void record(Order o) {
        int row = o.ref() - 1;
        OrderExecution ex = o.executed();
        long flags = (o.isBuy() ? 1 : 0) | (long) o.execType().ordinal() << 1 | (long) o.status().ordinal() << 8
            | (long) dataIndex(o.data()) << 16;
        orders.set(row, O_REF, o.ref());
        orders.set(row, O_FLAGS, flags);
        orders.set(row, O_CREATED_DT, o.createdDt());
        orders.setDouble(row, O_CREATED_PRICE, o.priceArgument());
        orders.set(row, O_EXEC_DT, ex.hasDt() ? ex.dt() : NO_DT);
        orders.setDouble(row, O_EXEC_PRICE, ex.price());
        orders.setDouble(row, O_EXEC_SIZE, ex.size());
        orders.setDouble(row, O_EXEC_COMM, ex.comm());
    }

    private void record(Trade t) {
        int row = t.ref() - 1;
        boolean closed = t.isClosed() || t.status() == Trade.Status.Closed;
        trades.set(row, T_REF, t.ref());
        trades.set(row, T_FLAGS, t.status().ordinal() | (long) t.barLen() << 8 | (long) dataIndex(t.data()) << 40);
        trades.set(row, T_DTOPEN, t.dtOpen());
        trades.set(row, T_DTCLOSE, closed ? t.dtClose() : NO_DT);
        trades.setDouble(row, T_SIZE_OPEN, t.sizeOpen());
        trades.setDouble(row, T_SIZE, t.size());
        trades.setDouble(row, T_PRICE, t.price());
        trades.setDouble(row, T_PNL, t.pnl());
        trades.setDouble(row, T_PNLCOMM, t.pnlcomm());
        trades.setDouble(row, T_COMMISSION, t.commission());
    }

    private int dataIndex(DataFeed d) {
        for (int i = 0; i < datas.size(); i++) {
            if (datas.get(i) == d) {
                return i;
            }
        }
        datas.add(d);
        return datas.size() - 1;
    }

    // ---- reading (after the run) ----------------------------------------------------------

    /** Order rows: one per ref up to the highest (a ref of another strategy is an empty row). */
    int orderRows() {
        return orders.size();
    }

    /** Whether order row {@code row} holds an order of this strategy. */
    boolean hasOrder(int row) {
        return orders.get(row, O_REF) != 0;
    }

    long order(int row, int field) {
        return orders.get(row, field);
    }

    double orderDouble(int row, int field) {
        return orders.getDouble(row, field);
    }

    boolean orderIsBuy(int row) {
        return (orders.get(row, O_FLAGS) & 1) != 0;
    }

    ExecType orderType(int row) {
        return EXEC_TYPES[(int) (orders.get(row, O_FLAGS) >>> 1 & 0x7f)];
    }

    OrderStatus orderStatus(int row) {
        return STATUSES[(int) (orders.get(row, O_FLAGS) >>> 8 & 0xff)];
    }

    ZoneConverter orderZone(int row) {
        return zone((int) (orders.get(row, O_FLAGS) >>> 16 & 0xffff));
    }

    /** Trade rows: one per ref up to the highest. */
    int tradeRows() {
        return trades.size();
    }

    boolean hasTrade(int row) {
        return trades.get(row, T_REF) != 0;
    }

    long trade(int row, int field) {
        return trades.get(row, field);
    }

    double tradeDouble(int row, int field) {
        return trades.getDouble(row, field);
    }

    Trade.Status tradeStatus(int row) {
        return TRADE_STATUSES[(int) (trades.get(row, T_FLAGS) & 0xff)];
    }

    int tradeBarLen(int row) {
        return (int) (trades.get(row, T_FLAGS) >>> 8 & 0xffffffffL);
    }

    ZoneConverter tradeZone(int row) {
        return zone((int) (trades.get(row, T_FLAGS) >>> 40 & 0xffff));
    }

    private ZoneConverter zone(int data) {
        while (zones.size() <= data) {
            zones.add(ZoneConverter.of(datas.get(zones.size()).tz()));
        }
        return zones.get(data);
    }
}
