package org.bt4j.broker;

import org.bt4j.feed.DataFeed;

/**
 * A round trip in one data and trade id (backtrader's {@code Trade}): created when the position
 * leaves zero, closed when it returns to zero; a fill that reverses the position closes this trade
 * and opens a new one. Tracks average entry price, accumulated commission, gross pnl (on the
 * average entry), pnlcomm, open/close bar and time, and bar length. Strategies receive copies
 * ({@link #snapshot()}) when a trade opens and when it closes. Engine thread only.
 */
public final class Trade {

    /** Trade status, backtrader's names. */
    public enum Status { Created, Open, Closed }

    private final int ref;
    private final DataFeed data;
    private final int tradeId;
    private Status status = Status.Created;
    private double size;
    private double sizeOpen;
    private double price;
    private double value;
    private double commission;
    private double pnl;
    private double pnlcomm;
    private boolean isOpen;
    private boolean isClosed;
    private boolean justOpened;
    private boolean isLong;
    private int barOpen;
    private long dtOpen;
    private int barClose;
    private long dtClose = Long.MIN_VALUE;
    private int barLen;

    /** A new, empty trade with the run's trade reference {@code ref}. */
    public Trade(int ref, DataFeed data, int tradeId) {
        this.ref = ref;
        this.data = data;
        this.tradeId = tradeId;
    }

    private Trade(Trade t) {
        ref = t.ref;
        data = t.data;
        tradeId = t.tradeId;
        status = t.status;
        size = t.size;
        sizeOpen = t.sizeOpen;
        price = t.price;
        value = t.value;
        commission = t.commission;
        pnl = t.pnl;
        pnlcomm = t.pnlcomm;
        isOpen = t.isOpen;
        isClosed = t.isClosed;
        justOpened = t.justOpened;
        isLong = t.isLong;
        barOpen = t.barOpen;
        dtOpen = t.dtOpen;
        barClose = t.barClose;
        dtClose = t.dtClose;
        barLen = t.barLen;
    }

    /** A copy of the current state (what {@code notify_trade} receives). */
    public Trade snapshot() {
        return new Trade(this);
    }

    /**
     * Books part of a fill: signed {@code delta} at {@code fillPrice} with its {@code comm},
     * valued with {@code ci}, at the data's current bar.
     */
    public void update(double delta, double fillPrice, double comm, CommInfo ci) {
        if (delta == 0) {
            return;
        }
        commission += comm;
        double oldSize = size;
        size += delta;
        justOpened = oldSize == 0;
        int dataLen = data.len();
        if (justOpened) {
            barOpen = dataLen;
            dtOpen = data.datetime(0);
            isLong = size > 0;
            sizeOpen = size;
        }
        isOpen = size != 0;
        barLen = dataLen - barOpen;
        isClosed = oldSize != 0 && size == 0;
        if (isClosed) {
            isOpen = false;
            barClose = dataLen;
            dtClose = data.datetime(0);
            status = Status.Closed;
        } else if (isOpen) {
            status = Status.Open;
        }
        double p;
        if (Math.abs(size) > Math.abs(oldSize)) {
            price = (oldSize * price + delta * fillPrice) / size;
            p = 0.0;
        } else {
            p = ci.profitAndLoss(-delta, price, fillPrice);
        }
        pnl += p;
        pnlcomm = pnl - commission;
        value = ci.getValueSize(size, price);
    }

    public int ref() {
        return ref;
    }

    public DataFeed data() {
        return data;
    }

    public int tradeId() {
        return tradeId;
    }

    public Status status() {
        return status;
    }

    /** Current signed size (0 once closed). */
    public double size() {
        return size;
    }

    /** Signed size right after the opening fill. */
    public double sizeOpen() {
        return sizeOpen;
    }

    /** Average entry price. */
    public double price() {
        return price;
    }

    public double value() {
        return value;
    }

    /** Commission accumulated (entry and exit). */
    public double commission() {
        return commission;
    }

    /** Gross realised profit and loss. */
    public double pnl() {
        return pnl;
    }

    /** {@link #pnl()} minus {@link #commission()}. */
    public double pnlcomm() {
        return pnlcomm;
    }

    public boolean isOpen() {
        return isOpen;
    }

    public boolean isClosed() {
        return isClosed;
    }

    /** Whether the last update opened it. */
    public boolean justOpened() {
        return justOpened;
    }

    public boolean isLong() {
        return isLong;
    }

    public int barOpen() {
        return barOpen;
    }

    /** Opening bar time, epoch nanoseconds. */
    public long dtOpen() {
        return dtOpen;
    }

    public int barClose() {
        return barClose;
    }

    /** Closing bar time, epoch nanoseconds; {@link Long#MIN_VALUE} while open. */
    public long dtClose() {
        return dtClose;
    }

    /** Bars between opening and the last update. */
    public int barLen() {
        return barLen;
    }

    @Override
    public String toString() {
        return "Trade[ref=" + ref + ", " + status + ", size=" + size + ", price=" + price + ", pnl=" + pnl + "]";
    }
}
