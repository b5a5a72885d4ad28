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
    private final ResultRecorder rows;

    private RunSummary(double finalValue, double finalCash, double positionSize, double positionPrice,
                       ResultRecorder rows) {
        this.finalValue = finalValue;
        this.finalCash = finalCash;
        this.positionSize = positionSize;
        this.positionPrice = positionPrice;
        this.rows = rows;
    }

    /** The summary of a run on {@code data} with {@code broker}, its orders and trades recorded by {@code rows}. */
    public static RunSummary of(ResultRecorder rows, Broker broker, DataFeed data) {
        Position p = broker.getPosition(data);
        return new RunSummary(broker.getValue(), broker.getCash(), p.size(), p.size() == 0 ? 0.0 : p.price(), rows);
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
        w.beginObject();
        if (schema != null) {
            w.name("schema").value(schema);
        }
        w.name("final_value").value(finalValue);
        w.name("final_cash").value(finalCash);
        w.name("position_size");
        size(w, positionSize);
        w.name("position_price").value(positionPrice);
        StringBuilder dt = new StringBuilder(20);
        w.name("orders").beginArray();
        for (int r = 0; r < rows.orderRows(); r++) {
            if (rows.hasOrder(r)) {
                writeOrder(w, r, dt);
            }
        }
        w.endArray();
        w.name("trades").beginArray();
        for (int r = 0; r < rows.tradeRows(); r++) {
            if (rows.hasTrade(r)) {
                writeTrade(w, r, dt);
            }
        }
        w.endArray();
        w.name("analyzers").value(analyzers);
        w.endObject();
    }

    private void writeOrder(JsonWriter w, int r, StringBuilder dt) {
        ZoneConverter zone = rows.orderZone(r);
        double created = rows.orderDouble(r, ResultRecorder.O_CREATED_PRICE);
        long execDt = rows.order(r, ResultRecorder.O_EXEC_DT);
        double execSize = rows.orderDouble(r, ResultRecorder.O_EXEC_SIZE);
        w.beginObject();
        w.name("ref").value(rows.order(r, ResultRecorder.O_REF));
        w.name("side").value(rows.orderIsBuy(r) ? "buy" : "sell");
        w.name("type").value(rows.orderType(r).name());
        w.name("status").value(rows.orderStatus(r).name());
        w.name("created_dt").value(iso(dt, zone, rows.order(r, ResultRecorder.O_CREATED_DT)));
        w.name("created_price");
        if (Double.isNaN(created)) {
            w.nullValue();
        } else {
            w.value(created);
        }
        w.name("executed_dt").value(execDt == ResultRecorder.NO_DT ? null : iso(dt, zone, execDt));
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

    private void writeTrade(JsonWriter w, int r, StringBuilder dt) {
        ZoneConverter zone = rows.tradeZone(r);
        long close = rows.trade(r, ResultRecorder.T_DTCLOSE);
        w.beginObject();
        w.name("ref").value(rows.trade(r, ResultRecorder.T_REF));
        w.name("status").value(rows.tradeStatus(r).name());
        w.name("dtopen").value(iso(dt, zone, rows.trade(r, ResultRecorder.T_DTOPEN)));
        w.name("dtclose").value(close == ResultRecorder.NO_DT ? null : iso(dt, zone, close));
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

    private static void size(JsonWriter w, double s) {
        Number n = size(s);
        if (n instanceof Long l) {
            w.value(l.longValue());
        } else {
            w.value(s);
        }
    }

    /** The date-time text in {@code dt} (reused: write it before the next call). */
    private static CharSequence iso(StringBuilder dt, ZoneConverter zone, long nanos) {
        dt.setLength(0);
        EpochNanos.appendIsoSeconds(dt, zone.toLocal(nanos));
        return dt;
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
