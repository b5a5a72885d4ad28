package org.bt4j.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import org.bt4j.broker.Trade;
import org.bt4j.order.ExecType;
import org.bt4j.order.OrderStatus;
import org.junit.jupiter.api.Test;

/**
 * {@link RecordedRows}: reads back the fields and flags {@link ResultRecorder} packs into a row
 * (side, type, status and data index of an order; status, bar length and data index of a trade),
 * an empty row as no order or trade.
 */
class RecordedRowsTest {

    @Test
    void readsThePackedFlags() {
        LongRows orders = new LongRows(8);
        long[] o = orders.chunk(0);
        o[ResultRecorder.O_REF] = 1;
        o[ResultRecorder.O_FLAGS] = 1 | (long) ExecType.StopLimit.ordinal() << 1
            | (long) OrderStatus.Canceled.ordinal() << 8 | 1L << 16;
        o[ResultRecorder.O_EXEC_PRICE] = Double.doubleToRawLongBits(12.5);
        orders.chunk(2)[orders.offset(2) + ResultRecorder.O_REF] = 3;
        LongRows trades = new LongRows(10);
        long[] t = trades.chunk(0);
        t[ResultRecorder.T_REF] = 1;
        t[ResultRecorder.T_FLAGS] = Trade.Status.Closed.ordinal() | 390L << 8 | 1L << 40;
        ZoneId ny = ZoneId.of("America/New_York");
        RecordedRows r = new RecordedRows(orders.view(3), trades.view(1), new ZoneId[] {ZoneId.of("UTC"), ny});
        assertEquals(3, r.orderRows());
        assertTrue(r.hasOrder(0));
        assertFalse(r.hasOrder(1), "a ref of another strategy");
        assertTrue(r.orderIsBuy(0));
        assertFalse(r.orderIsBuy(2));
        assertEquals(ExecType.StopLimit, r.orderType(0));
        assertEquals(OrderStatus.Canceled, r.orderStatus(0));
        assertEquals(OrderStatus.Canceled, RecordedRows.status(orders.get(0, ResultRecorder.O_FLAGS)));
        assertEquals(12.5, r.orderDouble(0, ResultRecorder.O_EXEC_PRICE));
        assertEquals(ny, r.zone(r.orderData(0)));
        assertEquals(1, r.tradeRows());
        assertTrue(r.hasTrade(0));
        assertEquals(Trade.Status.Closed, r.tradeStatus(0));
        assertEquals(390, r.tradeBarLen(0));
        assertEquals(ny, r.zone(r.tradeData(0)));
    }
}
