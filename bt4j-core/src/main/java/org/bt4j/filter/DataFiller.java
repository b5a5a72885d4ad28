package org.bt4j.filter;

import org.bt4j.feed.Bar;
import org.bt4j.feed.DataFeed;
import org.bt4j.feed.DerivedFeed;
import org.bt4j.time.EpochNanos;
import org.bt4j.time.ZoneConverter;

/**
 * backtrader's {@code DataFiller} feed: fills gaps between intraday bars at the feed's timeframe
 * and compression with bars at the last close (or {@code fillPrice} unless 0), volume
 * {@code fillVol}, open interest {@code fillOi}. Across a session boundary it fills up to the
 * previous bar's session end and then from the new session's start. Only for Minutes, Seconds
 * or MicroSeconds feeds. Engine thread only.
 */
public final class DataFiller extends DerivedFeed {

    private final double fillPrice;
    private final double fillVol;
    private final double fillOi;
    private final ZoneConverter zone;
    private final long unit;
    private boolean seen;
    private long prev;
    private double prevClose;

    /** backtrader's defaults: last close, NaN volume and open interest. */
    public DataFiller(DataFeed source) {
        this(source, 0.0, Double.NaN, Double.NaN);
    }

    /** With explicit fill values. */
    public DataFiller(DataFeed source, double fillPrice, double fillVol, double fillOi) {
        super(source);
        this.unit = Fill.unit(source.timeFrame(), "DataFiller") * source.compression();
        this.fillPrice = fillPrice;
        this.fillVol = fillVol;
        this.fillOi = fillOi;
        this.zone = ZoneConverter.of(source.tz());
    }

    @Override
    protected void onSource(Bar x) {
        long cur = zone.toLocal(x.time);
        if (seen) {
            double price = Filters.fillPrice(fillPrice, prevClose);
            long sessEnd = EpochNanos.day(prev) * EpochNanos.DAY + sessionEnd().toNanoOfDay();
            if (cur > sessEnd) {
                for (long t = prev + unit; t < sessEnd; t += unit) {
                    emit(zone.toUtc(t), price, price, price, price, fillVol, fillOi);
                }
                for (long t = EpochNanos.day(cur) * EpochNanos.DAY + sessionStart().toNanoOfDay(); t < cur; t += unit) {
                    emit(zone.toUtc(t), price, price, price, price, fillVol, fillOi);
                }
            } else {
                for (long t = prev + unit; t < cur; t += unit) {
                    emit(zone.toUtc(t), price, price, price, price, fillVol, fillOi);
                }
            }
        }
        seen = true;
        prev = cur;
        prevClose = x.close;
        emit(x, true);
    }
}
