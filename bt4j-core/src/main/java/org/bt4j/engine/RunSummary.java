package org.bt4j.engine;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.bt4j.broker.Broker;
import org.bt4j.broker.Position;
import org.bt4j.feed.DataFeed;
import org.bt4j.time.EpochNanos;
import org.bt4j.time.ZoneConverter;
import org.bt4j.util.JsonWriter;

/**
 * The outcome of a finished backtest with the keys and value rules of {@code bt4j backtest --json}
 * (golden/README.md §3): final value and cash, the data's position, every order and every trade
 * (read from a {@link ResultRecorder}'s columns). {@link #write} streams it as JSON in one pass,
 * member by member: datetimes as strings {@code %Y-%m-%dT%H:%M:%S} in the data's zone, missing
 * values null, whole sizes as integers. Immutable once made; read after the run on one thread.
 */
public final class RunSummary {

    private static final DateTimeFormatter DT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private final double finalValue;
    private final double finalCash;
    private final double positionSize;
    private final double positionPrice;
    private final RecordedRows rows;

    private RunSummary(double finalValue, double finalCash, double positionSize, double positionPrice,
                       RecordedRows rows) {
        this.finalValue = finalValue;
        this.finalCash = finalCash;
        this.positionSize = positionSize;
        this.positionPrice = positionPrice;
        this.rows = rows;
    }

    /** The summary of a run on {@code data} with {@code broker}, its orders and trades recorded by {@code rows}. */
    public static RunSummary of(ResultRecorder rows, Broker broker, DataFeed data) {
        Position p = broker.getPosition(data);
        return new RunSummary(broker.getValue(), broker.getCash(), p.size(), p.size() == 0 ? 0.0 : p.price(),
                rows.rows());
    }

    /** Number of orders. */
    public int orderCount() {
        int n = 0;
        for (int r = 0; r < rows.orderRows(); r++) {
            n += rows.hasOrder(r) ? 1 : 0;
        }
        return n;
    }

    /** The {@code schema} member of a version-1 result document (SCHEMA.md). */
    public static final String SCHEMA_V1 = "bt4j.backtest/1";

    /**
     * Writes the result document: a {@code schema} member when {@code schema} is not null, this
     * summary's members, then {@code analyzers} (name → analysis, written as they are), closing the
     * object. Ends with no newline; does not flush.
     */
    public void write(JsonWriter w, Map<String, ? extends Map<String, Object>> analyzers, String schema) {
        write(w, analyzers, schema, null);
    }

    /**
     * As {@link #write(JsonWriter, Map, String)}, the first orders and trades copied from what
     * {@code streamed} wrote while the run went on (null: none).
     */
    void write(JsonWriter w, Map<String, ? extends Map<String, Object>> analyzers, String schema,
               ResultStreamer streamed) {
        w.beginObject();
        if (schema != null) {
            w.name("schema").value(schema);
        }
        w.name("final_value").value(finalValue);
        w.name("final_cash").value(finalCash);
        w.name("position_size");
        size(w, positionSize);
        w.name("position_price").value(positionPrice);
        Elements e = new Elements(w);
        w.name("orders").beginArray();
        e.orders(rows, streamed == null ? 0 : streamed.copyOrders(w), rows.orderRows());
        w.endArray();
        w.name("trades").beginArray();
        e.trades(rows, streamed == null ? 0 : streamed.copyTrades(w), rows.tradeRows());
        w.endArray();
        w.name("analyzers").value(analyzers);
        w.endObject();
    }

    /**
     * Writes orders and trades as elements of the document's {@code orders} and {@code trades}
     * arrays, to one writer (the document's, or one of its arrays' elements written apart). One
     * thread; it keeps a zone converter per data (each caches its zone's offsets).
     */
    static final class Elements {

        private final JsonWriter w;
        private final StringBuilder dt = new StringBuilder(20);
        private ZoneConverter[] zones = new ZoneConverter[0];

        Elements(JsonWriter w) {
            this.w = w;
        }

        /** Writes the orders of rows {@code from} (inclusive) to {@code to}; returns how many. */
        int orders(RecordedRows rows, int from, int to) {
            int n = 0;
            for (int r = from; r < to; r++) {
                if (rows.hasOrder(r)) {
                    order(rows, r);
                    n++;
                }
            }
            return n;
        }

        /** Writes the trades of rows {@code from} (inclusive) to {@code to}; returns how many. */
        int trades(RecordedRows rows, int from, int to) {
            int n = 0;
            for (int r = from; r < to; r++) {
                if (rows.hasTrade(r)) {
                    trade(rows, r);
                    n++;
                }
            }
            return n;
        }

        private void order(RecordedRows rows, int r) {
            ZoneConverter zone = zone(rows, rows.orderData(r));
            double created = rows.orderDouble(r, ResultRecorder.O_CREATED_PRICE);
            long execDt = rows.order(r, ResultRecorder.O_EXEC_DT);
            double execSize = rows.orderDouble(r, ResultRecorder.O_EXEC_SIZE);
            w.beginObject();
            w.name("ref").value(rows.order(r, ResultRecorder.O_REF));
            w.name("side").value(rows.orderIsBuy(r) ? "buy" : "sell");
            w.name("type").value(rows.orderType(r).name());
            w.name("status").value(rows.orderStatus(r).name());
            w.name("created_dt").value(iso(zone, rows.order(r, ResultRecorder.O_CREATED_DT)));
            w.name("created_price");
            if (Double.isNaN(created)) {
                w.nullValue();
            } else {
                w.value(created);
            }
            w.name("executed_dt").value(execDt == ResultRecorder.NO_DT ? null : iso(zone, execDt));
            w.name("executed_price");
            if (execSize == 0) {
                w.nullValue();
            } else {
                w.value(rows.orderDouble(r, ResultRecorder.O_EXEC_PRICE));
            }
            w.name("executed_size");
            size(w, execSize);
            w.name("executed_comm").value(rows.orderDouble(r, ResultRecorder.O_EXEC_COMM));
            w.endObject();
        }

        private void trade(RecordedRows rows, int r) {
            ZoneConverter zone = zone(rows, rows.tradeData(r));
            long close = rows.trade(r, ResultRecorder.T_DTCLOSE);
            w.beginObject();
            w.name("ref").value(rows.trade(r, ResultRecorder.T_REF));
            w.name("status").value(rows.tradeStatus(r).name());
            w.name("dtopen").value(iso(zone, rows.trade(r, ResultRecorder.T_DTOPEN)));
            w.name("dtclose").value(close == ResultRecorder.NO_DT ? null : iso(zone, close));
            w.name("barlen").value(rows.tradeBarLen(r));
            w.name("size_open");
            size(w, rows.tradeDouble(r, ResultRecorder.T_SIZE_OPEN));
            w.name("size");
            size(w, rows.tradeDouble(r, ResultRecorder.T_SIZE));
            w.name("price").value(rows.tradeDouble(r, ResultRecorder.T_PRICE));
            w.name("pnl").value(rows.tradeDouble(r, ResultRecorder.T_PNL));
            w.name("pnlcomm").value(rows.tradeDouble(r, ResultRecorder.T_PNLCOMM));
            w.name("commission").value(rows.tradeDouble(r, ResultRecorder.T_COMMISSION));
            w.endObject();
        }

        private ZoneConverter zone(RecordedRows rows, int data) {
            if (data >= zones.length) {
                zones = java.util.Arrays.copyOf(zones, data + 1);
            }
            ZoneConverter z = zones[data];
            if (z == null) {
                z = ZoneConverter.of(rows.zone(data));
                zones[data] = z;
            }
            return z;
        }

        /** The date-time text (reused: write it before the next call). */
        private CharSequence iso(ZoneConverter zone, long nanos) {
            dt.setLength(0);
            EpochNanos.appendIsoSeconds(dt, zone.toLocal(nanos));
            return dt;
        }
    }

    private static void size(JsonWriter w, double s) {
        Number n = size(s);
        if (n instanceof Long l) {
            w.value(l.longValue());
        } else {
            w.value(s);
        }
    }

    /** A size as backtrader shows it: a whole number as an integer (Long), else the double. */
    public static Number size(double s) {
        if (s == Math.rint(s) && Math.abs(s) < 1e15) {
            return (long) s;
        }
        return s;
    }

    /** {@code nanos} as a naive date-time in {@code tz}, truncated to whole seconds. */
    public static String format(long nanos, ZoneId tz) {
        Instant at = Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L));
        return LocalDateTime.ofInstant(at, tz).format(DT);
    }
}
