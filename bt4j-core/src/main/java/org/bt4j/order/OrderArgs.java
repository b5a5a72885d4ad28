package org.bt4j.order;

import java.util.LinkedHashMap;
import java.util.Map;
import org.bt4j.feed.DataFeed;

/**
 * The optional arguments of {@code buy}/{@code sell} (backtrader's keyword arguments): data,
 * size, price, plimit, exectype, valid, tradeid, oco, trailamount, trailpercent, parent,
 * transmit and free-form info. A fluent, mutable builder used once per order; not thread-safe.
 */
public final class OrderArgs {

    DataFeed data;
    double size = Double.NaN;
    double price = Double.NaN;
    double plimit = Double.NaN;
    ExecType exectype;
    Validity valid;
    int tradeId;
    Order oco;
    double trailAmount;
    double trailPercent;
    Order parent;
    boolean transmit = true;
    Map<String, Object> info;

    /** Fresh arguments: Market, no price, good till cancelled, size from the sizer. */
    public static OrderArgs of() {
        return new OrderArgs();
    }

    /** Data to trade (default: the strategy's first data). */
    public OrderArgs data(DataFeed d) {
        this.data = d;
        return this;
    }

    /** Unsigned size; NaN asks the sizer. */
    public OrderArgs size(double s) {
        if (s < 0) {
            throw new IllegalArgumentException("size must be >= 0 (the side gives the sign), got " + s);
        }
        this.size = s;
        return this;
    }

    /** Limit/stop price (or the reference price of a Market order). */
    public OrderArgs price(double p) {
        this.price = p;
        return this;
    }

    /** Limit price of a StopLimit order. */
    public OrderArgs plimit(double p) {
        this.plimit = p;
        return this;
    }

    /** Execution type (default Market). */
    public OrderArgs exectype(ExecType t) {
        this.exectype = t;
        return this;
    }

    /** Time in force (default good till cancelled). */
    public OrderArgs valid(Validity v) {
        this.valid = v;
        return this;
    }

    /** Trade id grouping fills into trades (default 0). */
    public OrderArgs tradeId(int id) {
        this.tradeId = id;
        return this;
    }

    /** Joins the OCO group of {@code other}. */
    public OrderArgs oco(Order other) {
        this.oco = other;
        return this;
    }

    /** Fixed trailing distance of a StopTrail order. */
    public OrderArgs trailAmount(double a) {
        this.trailAmount = a;
        return this;
    }

    /** Trailing distance as a fraction of the close (0.01 = 1%). */
    public OrderArgs trailPercent(double p) {
        this.trailPercent = p;
        return this;
    }

    /** Makes this order a child of {@code p} (bracket). */
    public OrderArgs parent(Order p) {
        this.parent = p;
        return this;
    }

    /** Whether to transmit now (false keeps it until a transmitting sibling arrives). */
    public OrderArgs transmit(boolean t) {
        this.transmit = t;
        return this;
    }

    /** Free-form info (backtrader's extra keywords; {@code coc=false} opts out of cheat-on-close). */
    public OrderArgs info(String key, Object value) {
        if (info == null) {
            info = new LinkedHashMap<>();
        }
        info.put(key, value);
        return this;
    }

    /** A copy (so one builder can seed several orders). */
    public OrderArgs copy() {
        OrderArgs c = new OrderArgs();
        c.data = data;
        c.size = size;
        c.price = price;
        c.plimit = plimit;
        c.exectype = exectype;
        c.valid = valid;
        c.tradeId = tradeId;
        c.oco = oco;
        c.trailAmount = trailAmount;
        c.trailPercent = trailPercent;
        c.parent = parent;
        c.transmit = transmit;
        c.info = info == null ? null : new LinkedHashMap<>(info);
        return c;
    }

    public DataFeed data() {
        return data;
    }

    public double size() {
        return size;
    }

    public double price() {
        return price;
    }

    public double plimit() {
        return plimit;
    }

    public ExecType exectype() {
        return exectype == null ? ExecType.Market : exectype;
    }

    public Validity valid() {
        return valid;
    }

    public int tradeId() {
        return tradeId;
    }

    public Order oco() {
        return oco;
    }

    public double trailAmount() {
        return trailAmount;
    }

    public double trailPercent() {
        return trailPercent;
    }

    public Order parent() {
        return parent;
    }

    public boolean transmit() {
        return transmit;
    }
}
