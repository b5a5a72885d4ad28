package org.bt4j.cli;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.bt4j.broker.Trade;
import org.bt4j.feed.DataFeed;
import org.bt4j.order.Order;
import org.bt4j.util.PyFormat;

/**
 * The text lines of backtrader's {@code ibtest} sample: the bar line
 * ({@code 0001, 2016-06-20T14:37:35.000000, 15.96, 15.97, 15.96, 15.96, 0.0, 0, nan}, numbers as
 * Python prints them), and the order and trade blocks in the layout of backtrader's
 * {@code Order.__str__} (plus IB's fields) and {@code Trade.__str__}. Stateless.
 */
final class IbtestText {

    static final String RULE = "-".repeat(50);
    private static final DateTimeFormatter BAR_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS");
    private static final DateTimeFormatter NOW = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    private IbtestText() {
    }

    /** The header line printed at start, with the SMA column or without. */
    static String header(boolean sma) {
        return "Datetime, Open, High, Low, Close, Volume, OpenInterest" + (sma ? ", SMA" : "");
    }

    /** One bar of {@code d} as the sample prints it, {@code len} being the strategy's length. */
    static String bar(int len, DataFeed d, ZoneId tz, double sma) {
        return bar(len, d, tz).append(", ").append(PyFormat.repr(sma)).toString();
    }

    /** One bar of {@code d} without the SMA column. */
    static StringBuilder bar(int len, DataFeed d, ZoneId tz) {
        StringBuilder sb = new StringBuilder(96);
        sb.append(String.format("%04d", len)).append(", ").append(time(d.datetime(0), tz));
        sb.append(", ").append(PyFormat.repr(d.open().get(0)));
        sb.append(", ").append(PyFormat.repr(d.high().get(0)));
        sb.append(", ").append(PyFormat.repr(d.low().get(0)));
        sb.append(", ").append(PyFormat.repr(d.close().get(0)));
        sb.append(", ").append(PyFormat.repr(d.volume().get(0)));
        sb.append(", ").append(number(d.openInterest().get(0)));
        return sb;
    }

    /** {@code %Y-%m-%dT%H:%M:%S.%f} of a UTC epoch-nanosecond time seen in {@code tz}. */
    static String time(long nanos, ZoneId tz) {
        Instant i = Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
        return LocalDateTime.ofInstant(i, tz).format(BAR_TIME);
    }

    /** Python's {@code str(datetime.now())} of the clock reading {@code nanos}, in the local zone. */
    static String now(long nanos) {
        Instant i = Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
        return LocalDateTime.ofInstant(i, ZoneId.systemDefault()).format(NOW);
    }

    /** An integral value as Python prints an int, anything else as its float repr. */
    static String number(double v) {
        if (v == Math.rint(v) && !Double.isInfinite(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return PyFormat.repr(v);
    }

    private static String orNone(double v) {
        return Double.isNaN(v) || v == 0.0 ? "None" : PyFormat.repr(v);
    }

    /** backtrader's {@code Order.__str__}, followed by the IB order's fields when given. */
    static String order(Order o, ZoneId tz, org.bt4j.ib.wire.Order ib) {
        StringBuilder sb = new StringBuilder(512);
        sb.append("Ref: ").append(o.ref()).append('\n');
        sb.append("OrdType: ").append(o.isBuy() ? 0 : 1).append('\n');
        sb.append("OrdType: ").append(o.isBuy() ? "Buy" : "Sell").append('\n');
        sb.append("Status: ").append(o.status().ordinal()).append('\n');
        sb.append("Status: ").append(o.status().name()).append('\n');
        sb.append("Size: ").append(number(o.size())).append('\n');
        sb.append("Price: ").append(orNone(o.priceArgument())).append('\n');
        sb.append("Price Limit: ").append(orNone(o.plimitArgument())).append('\n');
        sb.append("TrailAmount: ").append(orNone(o.trailAmount())).append('\n');
        sb.append("TrailPercent: ").append(orNone(o.trailPercent())).append('\n');
        sb.append("ExecType: ").append(o.execType().ordinal()).append('\n');
        sb.append("ExecType: ").append(o.execType().name()).append('\n');
        sb.append("CommInfo: None").append('\n');
        sb.append("End of Session: ").append(time(o.dteos(), tz)).append('\n');
        sb.append("Info: ").append(o.info().isEmpty() ? "AutoOrderedDict()" : o.info().toString()).append('\n');
        sb.append("Broker: None").append('\n');
        sb.append("Alive: ").append(o.isAlive() ? "True" : "False");
        if (o.executed().size() != 0) {
            sb.append('\n').append("Executed: size ").append(number(o.executed().size()))
                    .append(", price ").append(PyFormat.repr(o.executed().price()))
                    .append(", comm ").append(PyFormat.repr(o.executed().comm()));
            for (var bit : o.executed().pending()) {
                sb.append('\n').append("Fill: size ").append(number(bit.size())).append(", price ")
                        .append(PyFormat.repr(bit.price())).append(", comm ").append(PyFormat.repr(bit.comm()));
            }
        }
        if (ib != null) {
            sb.append('\n').append("Ref: ").append(o.ref());
            sb.append('\n').append("orderId: ").append(ib.orderId());
            sb.append('\n').append("Action: ").append(ib.action());
            sb.append('\n').append("Size (ib): ").append(number(ib.totalQuantity()));
            sb.append('\n').append("Lmt Price: ").append(ibPrice(ib.lmtPrice()));
            sb.append('\n').append("Aux Price: ").append(ibPrice(ib.auxPrice()));
            sb.append('\n').append("OrderType: ").append(ib.orderType());
            sb.append('\n').append("Tif (Time in Force): ").append(ib.tif());
            sb.append('\n').append("GoodTillDate: ").append(ib.goodTillDate());
        }
        return sb.toString();
    }

    private static String ibPrice(double p) {
        return p == org.bt4j.ib.wire.Wire.UNSET_DOUBLE ? "0.0" : PyFormat.repr(p);
    }

    /** backtrader's {@code Trade.__str__}. */
    static String trade(Trade t, ZoneId tz) {
        StringBuilder sb = new StringBuilder(384);
        sb.append("ref:").append(t.ref()).append('\n');
        sb.append("data:").append(t.data().name()).append('\n');
        sb.append("tradeid:").append(t.tradeId()).append('\n');
        sb.append("size:").append(number(t.size())).append('\n');
        sb.append("price:").append(PyFormat.repr(t.price())).append('\n');
        sb.append("value:").append(PyFormat.repr(t.value())).append('\n');
        sb.append("commission:").append(PyFormat.repr(t.commission())).append('\n');
        sb.append("pnl:").append(PyFormat.repr(t.pnl())).append('\n');
        sb.append("pnlcomm:").append(PyFormat.repr(t.pnlcomm())).append('\n');
        sb.append("justopened:").append(t.justOpened() ? "True" : "False").append('\n');
        sb.append("isopen:").append(t.isOpen() ? "True" : "False").append('\n');
        sb.append("isclosed:").append(t.isClosed() ? "True" : "False").append('\n');
        sb.append("baropen:").append(t.barOpen()).append('\n');
        sb.append("dtopen:").append(time(t.dtOpen(), tz)).append('\n');
        sb.append("barclose:").append(t.barClose()).append('\n');
        sb.append("dtclose:").append(t.dtClose() == Long.MIN_VALUE ? "0.0" : time(t.dtClose(), tz)).append('\n');
        sb.append("barlen:").append(t.barLen()).append('\n');
        sb.append("historyon:False").append('\n');
        sb.append("history:[]").append('\n');
        sb.append("status:").append(t.status().ordinal());
        return sb.toString();
    }
}
