package org.bt4j.filter;

import org.bt4j.feed.Bar;
import org.bt4j.feed.DataFeed;
import org.bt4j.feed.DerivedFeed;
import org.bt4j.time.EpochNanos;
import org.bt4j.time.ZoneConverter;

/**
 * backtrader's {@code CalendarDays}: adds a bar for every calendar day missing between two bars
 * (weekends and holidays included), at the time of day of the bar after the gap. Prices:
 * {@code fillPrice} > 0 that price; 0 (backtrader's None) the last close; -1 the midpoint of the
 * last bar's high and low. Volume and open interest are {@code fillVol} and {@code fillOi}
 * (default NaN). Engine thread only.
 */
public final class CalendarDays extends DerivedFeed {

    private final double fillPrice;
    private final double fillVol;
    private final double fillOi;
    private final ZoneConverter zone;
    private long lastDay = Long.MIN_VALUE;
    private double lastClose;
    private double lastHigh;
    private double lastLow;

    /** Backtrader's defaults: last close, NaN volume and open interest. */
    public CalendarDays(DataFeed source) {
        this(source, 0.0, Double.NaN, Double.NaN);
    }

    /** With explicit fill values (see the class comment for {@code fillPrice}). */
    public CalendarDays(DataFeed source, double fillPrice, double fillVol, double fillOi) {
        super(source);
        if (fillPrice < 0 && fillPrice != -1) {
            throw new IllegalArgumentException("fill price must be > 0, 0 (last close) or -1 (high/low midpoint), got "
                + fillPrice);
        }
        this.fillPrice = fillPrice;
        this.fillVol = fillVol;
        this.fillOi = fillOi;
        this.zone = ZoneConverter.of(source.tz());
    }

    @Override
    protected void onSource(Bar x) {
        long local = zone.toLocal(x.time);
        long day = EpochNanos.day(local);
        if (lastDay != Long.MIN_VALUE && day - lastDay > 1) {
            double price = fillPrice > 0 ? fillPrice : fillPrice == 0 ? lastClose : (lastHigh + lastLow) / 2.0;
            long tod = EpochNanos.timeOfDay(local);
            for (long d = lastDay + 1; d < day; d++) {
                emit(zone.toUtc(d * EpochNanos.DAY + tod), price, price, price, price, fillVol, fillOi);
            }
        }
        lastDay = day;
        lastClose = x.close;
        lastHigh = x.high;
        lastLow = x.low;
        emit(x, true);
    }
}
