package org.bt4j.engine;

import java.time.ZoneId;
import java.util.Map;
import org.bt4j.analyzer.Analyzer;
import org.bt4j.broker.Trade;
import org.bt4j.feed.DataFeed;
import org.bt4j.order.Order;
import org.bt4j.order.OrderExecution;
import org.bt4j.strategy.Strategy;

/**
 * Records a strategy's orders and trades as columns, for {@code bt4j backtest}'s result: one row
 * of primitive fields per order (by ref) and per trade (by ref) in {@link LongRows}, written from
 * the notification that ends it (an order completed, cancelled…; a trade closed) and, at the end,
 * from the orders and trades the strategy still holds (the live ones, as they stand then: a live
 * order's or open trade's notifications are not written, since a later one overwrites them). So the
 * strategy need not keep finished orders and closed trades (exactbars keeps none), and nothing per
 * order is built after the run: {@link RunSummary} streams the rows as JSON. Rows become final in
 * ref order as a rule; with a {@link ResultStreamer} attached, each longer run of final rows at the
 * front is handed to it as {@link RecordedRows} while the run goes on, so it can write them on
 * another thread. Attached as an analyzer; engine thread only.
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

    /** Final rows gathered before they are handed to the streamer (a hand-over wakes its thread). */
    static final int BATCH = 256;

    private final LongRows orders = new LongRows(O_FIELDS);
    private final LongRows trades = new LongRows(T_FIELDS);
    /** The datas the rows' flags index, in order of first appearance. */
    private DataFeed[] datas = new DataFeed[0];
    /** Each data's zone, by the index the rows' flags hold. */
    private ZoneId[] zones = new ZoneId[0];
    private Strategy strategy;
    /** Where runs of final rows go while the run goes on, or null. */
    private ResultStreamer streamer;
    /** Rows at the front known final (never written again), and how many of them were handed over. */
    private int ordersFinal;
    private int tradesFinal;
    private int ordersHanded;
    private int tradesHanded;

    /** Hands runs of final rows to {@code s} as the run goes on (set before the run). */
    void streamTo(ResultStreamer s) {
        this.streamer = s;
    }

    /** Every row recorded so far: after the run, the complete result. */
    RecordedRows rows() {
        return new RecordedRows(orders.view(orders.size()), trades.view(trades.size()), zones);
    }

    @Override
    public void start(Strategy s) {
        this.strategy = s;
    }

    /** Records an order that ended; a live one is recorded by its last notification or, at the end, from the strategy. */
    @Override
    public void notifyOrder(Order o) {
        if (!o.isAlive()) {
            record(o);
        }
    }

    /** Records a trade that closed; an open one is recorded by its closing notification or, at the end, from the strategy. */
    @Override
    public void notifyTrade(Trade t) {
        if (closed(t)) {
            record(t);
        }
    }

    private static boolean closed(Trade t) {
        return t.isClosed() || t.status() == Trade.Status.Closed;
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
        if (row < ordersFinal) {
            return; // final: its notification came again (the same fields), and it may be read elsewhere now
        }
        OrderExecution ex = o.executed();
        long flags = (o.isBuy() ? 1 : 0) | (long) o.execType().ordinal() << 1 | (long) o.status().ordinal() << 8
            | (long) dataIndex(o.data()) << 16;
        long[] c = orders.chunk(row);
        int at = orders.offset(row);
        c[at + O_REF] = o.ref();
        c[at + O_FLAGS] = flags;
        c[at + O_CREATED_DT] = o.createdDt();
        c[at + O_CREATED_PRICE] = Double.doubleToRawLongBits(o.priceArgument());
        c[at + O_EXEC_DT] = ex.hasDt() ? ex.dt() : NO_DT;
        c[at + O_EXEC_PRICE] = Double.doubleToRawLongBits(ex.price());
        c[at + O_EXEC_SIZE] = Double.doubleToRawLongBits(ex.size());
        c[at + O_EXEC_COMM] = Double.doubleToRawLongBits(ex.comm());
        if (row == ordersFinal && !o.status().isAlive()) {
            while (ordersFinal < orders.size() && orders.get(ordersFinal, O_REF) != 0
                    && !RecordedRows.status(orders.get(ordersFinal, O_FLAGS)).isAlive()) {
                ordersFinal++;
            }
            handOver();
        }
    }

    private void record(Trade t) {
        int row = t.ref() - 1;
        if (row < tradesFinal) {
            return;
        }
        boolean closed = closed(t);
        long flags = t.status().ordinal() | (long) t.barLen() << 8 | (long) dataIndex(t.data()) << 40;
        long[] c = trades.chunk(row);
        int at = trades.offset(row);
        c[at + T_REF] = t.ref();
        c[at + T_FLAGS] = flags;
        c[at + T_DTOPEN] = t.dtOpen();
        c[at + T_DTCLOSE] = closed ? t.dtClose() : NO_DT;
        c[at + T_SIZE_OPEN] = Double.doubleToRawLongBits(t.sizeOpen());
        c[at + T_SIZE] = Double.doubleToRawLongBits(t.size());
        c[at + T_PRICE] = Double.doubleToRawLongBits(t.price());
        c[at + T_PNL] = Double.doubleToRawLongBits(t.pnl());
        c[at + T_PNLCOMM] = Double.doubleToRawLongBits(t.pnlcomm());
        c[at + T_COMMISSION] = Double.doubleToRawLongBits(t.commission());
        if (row == tradesFinal && closed) {
            while (tradesFinal < trades.size() && trades.get(tradesFinal, T_REF) != 0
                    && trades.get(tradesFinal, T_DTCLOSE) != NO_DT) {
                tradesFinal++;
            }
            handOver();
        }
    }

    /** Hands the final rows to the streamer once a batch of them has gathered. */
    private void handOver() {
        if (streamer != null && (ordersFinal - ordersHanded >= BATCH || tradesFinal - tradesHanded >= BATCH)) {
            ordersHanded = ordersFinal;
            tradesHanded = tradesFinal;
            streamer.offer(new RecordedRows(orders.view(ordersFinal), trades.view(tradesFinal), zones));
        }
    }

    private int dataIndex(DataFeed d) {
        DataFeed[] ds = datas;
        for (int i = 0; i < ds.length; i++) {
            if (ds[i] == d) {
                return i;
            }
        }
        int i = ds.length;
        datas = java.util.Arrays.copyOf(ds, i + 1);
        datas[i] = d;
        zones = java.util.Arrays.copyOf(zones, i + 1);
        zones[i] = d.tz();
        return i;
    }
}
