package org.bt4j.observer;

import org.bt4j.feed.DataFeed;
import org.bt4j.util.FSum;
import org.bt4j.order.Order;

/**
 * backtrader's {@code BuySell} observer for one data: on a bar where orders on that data
 * executed, line {@code buy} (or {@code sell}) holds the mean executed price of those orders
 * ({@code math.fsum} of the prices over their count); NaN on other bars. With {@code barplot}
 * (what the default observer set uses) it holds a marker position instead: the low minus
 * {@code bardist} (buy) or the high plus {@code bardist} (sell). Engine thread only.
 */
public final class BuySell extends Observer {

    /** backtrader's default {@code bardist}: markers 1.5% away from the bar. */
    public static final double DEFAULT_BARDIST = 0.015;

    private final DataFeed fixedData;
    private final boolean barplot;
    private final double bardist;
    private DataFeed data;
    private final FSum buySum = new FSum();
    private final FSum sellSum = new FSum();
    private int buys;
    private int sells;

    /** Mean executed prices on the strategy's first data. */
    public BuySell() {
        this(null, false, DEFAULT_BARDIST);
    }

    /**
     * @param data    the data watched (null: the strategy's first)
     * @param barplot place markers below the low / above the high instead of at the price
     * @param bardist the relative distance of those markers
     */
    public BuySell(DataFeed data, boolean barplot, double bardist) {
        super(true, "buy", "sell");
        if (!(bardist >= 0)) {
            throw new IllegalArgumentException("bardist must be >= 0, got " + bardist);
        }
        this.fixedData = data;
        this.barplot = barplot;
        this.bardist = bardist;
    }

    /** The data watched (known once started). */
    public DataFeed data() {
        return data;
    }

    /** backtrader's {@code barplot} and {@code bardist}. */
    @Override
    public java.util.Map<String, Object> params() {
        java.util.Map<String, Object> p = new java.util.LinkedHashMap<>();
        p.put("barplot", barplot);
        p.put("bardist", bardist);
        return p;
    }

    @Override
    public String name() {
        return data == null ? "BuySell" : "BuySell " + data.name();
    }

    @Override
    protected void onStart() {
        data = fixedData != null ? fixedData : strategy.data();
    }

    @Override
    protected void onOrder(Order order) {
        if (order.data() != data || order.executed().size() == 0) {
            return;
        }
        if (order.isBuy()) {
            buySum.add(order.executed().price());
            buys++;
        } else {
            sellSum.add(order.executed().price());
            sells++;
        }
    }

    @Override
    protected void onNext() {
        if ((buys | sells) == 0) {
            return; // nothing executed on this bar: the lines keep the NaN of the step's forward
        }
        if (buys > 0) {
            out(0).set(0, barplot ? data.low(0) * (1 - bardist) : buySum.value() / buys);
        }
        if (sells > 0) {
            out(1).set(0, barplot ? data.high(0) * (1 + bardist) : sellSum.value() / sells);
        }
        buySum.reset();
        sellSum.reset();
        buys = 0;
        sells = 0;
    }
}
