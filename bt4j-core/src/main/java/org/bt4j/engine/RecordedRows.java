package org.bt4j.engine;

import java.time.ZoneId;
import org.bt4j.broker.Trade;
import org.bt4j.order.ExecType;
import org.bt4j.order.OrderStatus;

/**
 * The orders and trades a {@link ResultRecorder} holds, as it hands them out to be written: the
 * first {@link #orderRows()} order rows and {@link #tradeRows()} trade rows (row = ref − 1; a ref
 * of another strategy is an empty row) and the data feeds' zones their flags index. Immutable: the
 * rows it shows are not written again, so the thread it is handed to (through a volatile field)
 * may read it while the run goes on.
 */
final class RecordedRows {

    private static final ExecType[] EXEC_TYPES = ExecType.values();
    private static final OrderStatus[] STATUSES = OrderStatus.values();
    private static final Trade.Status[] TRADE_STATUSES = Trade.Status.values();

    private final LongRows orders;
    private final LongRows trades;
    private final ZoneId[] zones;

    RecordedRows(LongRows orders, LongRows trades, ZoneId[] zones) {
        this.orders = orders;
        this.trades = trades;
        this.zones = zones;
    }

    /** Order rows: one per ref up to the highest shown. */
    int orderRows() {
        return orders.size();
    }

    /** Whether order row {@code row} holds an order of this strategy. */
    boolean hasOrder(int row) {
        return orders.get(row, ResultRecorder.O_REF) != 0;
    }

    long order(int row, int field) {
        return orders.get(row, field);
    }

    double orderDouble(int row, int field) {
        return orders.getDouble(row, field);
    }

    boolean orderIsBuy(int row) {
        return (orders.get(row, ResultRecorder.O_FLAGS) & 1) != 0;
    }

    ExecType orderType(int row) {
        return EXEC_TYPES[(int) (orders.get(row, ResultRecorder.O_FLAGS) >>> 1 & 0x7f)];
    }

    OrderStatus orderStatus(int row) {
        return status(orders.get(row, ResultRecorder.O_FLAGS));
    }

    /** The status an order row's flags hold. */
    static OrderStatus status(long orderFlags) {
        return STATUSES[(int) (orderFlags >>> 8 & 0xff)];
    }

    /** The index of the order's data (for {@link #zone(int)}). */
    int orderData(int row) {
        return (int) (orders.get(row, ResultRecorder.O_FLAGS) >>> 16 & 0xffff);
    }

    /** Trade rows: one per ref up to the highest shown. */
    int tradeRows() {
        return trades.size();
    }

    boolean hasTrade(int row) {
        return trades.get(row, ResultRecorder.T_REF) != 0;
    }

    long trade(int row, int field) {
        return trades.get(row, field);
    }

    double tradeDouble(int row, int field) {
        return trades.getDouble(row, field);
    }

    Trade.Status tradeStatus(int row) {
        return TRADE_STATUSES[(int) (trades.get(row, ResultRecorder.T_FLAGS) & 0xff)];
    }

    int tradeBarLen(int row) {
        return (int) (trades.get(row, ResultRecorder.T_FLAGS) >>> 8 & 0xffffffffL);
    }

    /** The index of the trade's data (for {@link #zone(int)}). */
    int tradeData(int row) {
        return (int) (trades.get(row, ResultRecorder.T_FLAGS) >>> 40 & 0xffff);
    }

    /** The zone of data {@code index}, in which its datetimes are written. */
    ZoneId zone(int index) {
        return zones[index];
    }
}
