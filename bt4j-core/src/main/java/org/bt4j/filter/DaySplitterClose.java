package org.bt4j.filter;

import org.bt4j.feed.Bar;
import org.bt4j.feed.DataFeed;
import org.bt4j.feed.DerivedFeed;
import org.bt4j.time.EpochNanos;
import org.bt4j.time.ZoneConverter;

/**
 * backtrader's {@code DaySplitter_Close}: splits each daily bar into two, for use with replay.
 * The first is stamped at the session start with close = (O + H + L) / 3 and
 * {@code int(volume × (1 − closevol))}; the second is stamped at the session end and carries only
 * the close (O = H = L = C) with the remaining volume. Both keep the open interest. A second bar
 * of a day already split is passed through. {@code closevol} defaults to 0.5. Engine thread only.
 */
public final class DaySplitterClose extends DerivedFeed {

    private final double closeVol;
    private final ZoneConverter zone;
    private final Bar out = new Bar();
    private long lastDay = Long.MIN_VALUE;

    /** Splits with {@code closevol} 0.5. */
    public DaySplitterClose(DataFeed source) {
        this(source, 0.5);
    }

    /** Splits with the given share of the volume in the closing part. */
    public DaySplitterClose(DataFeed source, double closeVol) {
        super(source);
        if (!(closeVol >= 0 && closeVol <= 1)) {
            throw new IllegalArgumentException("closevol must be within [0, 1], got " + closeVol);
        }
        this.closeVol = closeVol;
        this.zone = ZoneConverter.of(source.tz());
    }

    @Override
    protected void onSource(Bar x) {
        long day = EpochNanos.day(zone.toLocal(x.time));
        if (day == lastDay) {
            emit(x, true);
            return;
        }
        lastDay = day;
        double ohlVol = truncate(x.volume * (1.0 - closeVol));
        long start = zone.toUtc(day * EpochNanos.DAY + sessionStart().toNanoOfDay());
        long end = zone.toUtc(day * EpochNanos.DAY + sessionEnd().toNanoOfDay());
        emit(out.set(start, x.open, x.high, x.low, (x.open + x.high + x.low) / 3.0, ohlVol, x.openInterest), true);
        emit(out.set(end, x.close, x.close, x.close, x.close, x.volume - ohlVol, x.openInterest), true);
    }

    /** Python's {@code int()} of a float, keeping NaN. */
    private static double truncate(double v) {
        return Double.isNaN(v) || Double.isInfinite(v) ? v : (double) (long) v;
    }
}
