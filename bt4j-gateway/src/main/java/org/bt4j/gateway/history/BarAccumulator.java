package org.bt4j.gateway.history;

import java.time.LocalDate;
import org.bt4j.gateway.tape.TapeCursor;

/**
 * Folds tape events into one bar of a given {@link WhatToShow}. TRADES bars use trade prints
 * (volume, WAP, count); MIDPOINT/BID/ASK use every quote; BID_ASK bars are IB's special shape
 * (open = average bid, high = highest ask, low = lowest bid, close = average ask). Mutable,
 * reusable via {@link #reset}; one thread.
 */
public final class BarAccumulator {

    private final WhatToShow what;
    private boolean any;
    private double open;
    private double high;
    private double low;
    private double close;
    private double volume;
    private double notional;
    private int count;
    private double bidSum;
    private double askSum;
    private int quotes;

    /** @param what the bar type */
    public BarAccumulator(WhatToShow what) {
        this.what = what;
    }

    /** The bar type. */
    public WhatToShow what() {
        return what;
    }

    /** Empties the bar. */
    public void reset() {
        any = false;
        volume = 0;
        notional = 0;
        count = 0;
        bidSum = 0;
        askSum = 0;
        quotes = 0;
    }

    /** True once an event has contributed. */
    public boolean hasData() {
        return any;
    }

    /** Adds the cursor's current event (ignored when it does not apply to this bar type). */
    public void accept(TapeCursor c) {
        switch (what) {
            case TRADES -> {
                if (c.isTrade()) {
                    price(c.tradePrice());
                    volume += c.tradeSize();
                    notional += c.tradePrice() * c.tradeSize();
                    count++;
                }
            }
            case MIDPOINT -> price(c.mid());
            case BID -> price(c.bid());
            case ASK -> price(c.ask());
            case BID_ASK -> {
                if (!any) {
                    high = c.ask();
                    low = c.bid();
                    any = true;
                } else {
                    high = Math.max(high, c.ask());
                    low = Math.min(low, c.bid());
                }
                bidSum += c.bid();
                askSum += c.ask();
                quotes++;
            }
            default -> throw new IllegalStateException(what.name());
        }
    }

    private void price(double p) {
        if (!any) {
            open = p;
            high = p;
            low = p;
            any = true;
        } else {
            if (p > high) {
                high = p;
            }
            if (p < low) {
                low = p;
            }
        }
        close = p;
    }

    /** The bar so far, stamped {@code start} (and {@code date} for daily bars). */
    public HistoricalBar toBar(long start, LocalDate date) {
        if (what == WhatToShow.BID_ASK) {
            return new HistoricalBar(start, date, bidSum / quotes, high, low, askSum / quotes, -1, -1, -1);
        }
        if (!what.hasVolume()) {
            return new HistoricalBar(start, date, open, high, low, close, -1, -1, -1);
        }
        double wap = volume > 0 ? notional / volume : close;
        return new HistoricalBar(start, date, open, high, low, close, volume, wap, count);
    }

    /** Merges another finished bar into this one (for weekly and monthly bars). */
    public void merge(HistoricalBar b) {
        if (!any) {
            open = b.open();
            high = b.high();
            low = b.low();
            any = true;
        } else {
            high = Math.max(high, b.high());
            low = Math.min(low, b.low());
        }
        close = b.close();
        if (b.volume() > 0) {
            volume += b.volume();
            notional += b.wap() * b.volume();
        }
        if (b.count() > 0) {
            count += b.count();
        }
        if (what == WhatToShow.BID_ASK) {
            bidSum += b.open();
            askSum += b.close();
            quotes++;
        }
    }
}
