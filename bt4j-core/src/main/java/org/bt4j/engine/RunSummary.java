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
        private ZoneConverter[] zones = new ZoneConverter[0];
        /** {@code YYYY-MM-DDTHH:MM:SS} of the last date-time, its date part valid for {@link #day}. */
        private final byte[] text = new byte[19];
        private long day = Long.MIN_VALUE;

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
            w.name("created_dt");
            dateTime(zone, rows.order(r, ResultRecorder.O_CREATED_DT));
            w.name("created_price");
            if (Double.isNaN(created)) {
                w.nullValue();
            } else {
                w.value(created);
            }
            w.name("executed_dt");
            if (execDt == ResultRecorder.NO_DT) {
                w.nullValue();
            } else {
                dateTime(zone, execDt);
            }
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
            w.name("dtopen");
            dateTime(zone, rows.trade(r, ResultRecorder.T_DTOPEN));
            w.name("dtclose");
            if (close == ResultRecorder.NO_DT) {
                w.nullValue();
            } else {
                dateTime(zone, close);
            }
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

        /**
         * Writes {@code utcNanos} as {@code %Y-%m-%dT%H:%M:%S} in {@code zone}, truncated to whole
         * seconds, as {@link EpochNanos#appendIsoSeconds} writes it: the date part made once per day
         * (consecutive orders mostly share it), the time in int arithmetic (epoch nanoseconds
         * reach the years 1677 to 2262 only, always four digits).
         */
        private void dateTime(ZoneConverter zone, long utcNanos) {
            long local = zone.toLocal(utcNanos);
            long d = Math.floorDiv(local, EpochNanos.DAY);
            if (d != day) {
                long c = EpochNanos.civil(d);
                day = d;
                put4((int) (c / 10000), 0);
                text[4] = '-';
                put2((int) (c / 100 % 100), 5);
                text[7] = '-';
                put2((int) (c % 100), 8);
                text[10] = 'T';
                text[13] = ':';
                text[16] = ':';
            }
            int sec = (int) ((local - d * EpochNanos.DAY) / EpochNanos.SECOND);
            put2(sec / 3600, 11);
            put2(sec / 60 % 60, 14);
            put2(sec % 60, 17);
            w.asciiValue(text, 0, 19);
        }

        private void put2(int v, int at) {
            text[at] = (byte) ('0' + v / 10);
            text[at + 1] = (byte) ('0' + v % 10);
        }

        private void put4(int v, int at) {
            put2(v / 100, at);
            put2(v % 100, at + 2);
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
