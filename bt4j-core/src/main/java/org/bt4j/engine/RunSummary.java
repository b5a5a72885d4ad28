package org.bt4j.engine;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bt4j.broker.Broker;
import org.bt4j.broker.Position;
import org.bt4j.broker.Trade;
import org.bt4j.feed.DataFeed;
import org.bt4j.order.Order;
import org.bt4j.order.OrderExecution;
import org.bt4j.strategy.Strategy;

/**
 * The outcome of a finished backtest as ordered maps, with the keys and value rules of
 * {@code bt4j backtest --json} (golden/README.md §3): final value and cash, the data's position,
 * every order and every trade. Datetimes are strings {@code %Y-%m-%dT%H:%M:%S} in the data's zone;
 * missing values are null; prices are Doubles, whole sizes Longs. Stateless; call after the run on the
 * engine thread.
 */
public final class RunSummary {

    private static final DateTimeFormatter DT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private RunSummary() {
    }

    /** The summary of {@code strategy}'s run on {@code data} with {@code broker}. */
    public static Map<String, Object> of(Strategy strategy, Broker broker, DataFeed data) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("final_value", broker.getValue());
        out.put("final_cash", broker.getCash());
        Position p = broker.getPosition(data);
        out.put("position_size", size(p.size()));
        out.put("position_price", p.size() == 0 ? 0.0 : p.price());
        List<Object> orders = new ArrayList<>();
        for (Order o : strategy.orders()) {
            orders.add(order(o));
        }
        out.put("orders", orders);
        List<Object> trades = new ArrayList<>();
        for (Trade t : strategy.trades()) {
            trades.add(trade(t));
        }
        out.put("trades", trades);
        return out;
    }

    /** One order's fields, in the golden key order. */
    public static Map<String, Object> order(Order o) {
        ZoneId tz = o.data().tz();
        OrderExecution ex = o.executed();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ref", o.ref());
        m.put("side", o.isBuy() ? "buy" : "sell");
        m.put("type", o.execType().name());
        m.put("status", o.status().name());
        m.put("created_dt", format(o.createdDt(), tz));
        m.put("created_price", Double.isNaN(o.priceArgument()) ? null : o.priceArgument());
        m.put("executed_dt", ex.hasDt() ? format(ex.dt(), tz) : null);
        m.put("executed_price", ex.size() == 0 ? null : ex.price());
        m.put("executed_size", size(ex.size()));
        m.put("executed_comm", ex.comm());
        return m;
    }

    /** One trade's fields, in the golden key order. */
    public static Map<String, Object> trade(Trade t) {
        ZoneId tz = t.data().tz();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ref", t.ref());
        m.put("status", t.status().name());
        m.put("dtopen", format(t.dtOpen(), tz));
        m.put("dtclose", t.isClosed() || t.status() == Trade.Status.Closed ? format(t.dtClose(), tz) : null);
        m.put("barlen", t.barLen());
        m.put("size_open", size(t.sizeOpen()));
        m.put("size", size(t.size()));
        m.put("price", t.price());
        m.put("pnl", t.pnl());
        m.put("pnlcomm", t.pnlcomm());
        m.put("commission", t.commission());
        return m;
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
