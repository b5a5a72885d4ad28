package org.bt4j.filter;

import org.bt4j.feed.Bar;
import org.bt4j.feed.DataFeed;
import org.bt4j.feed.DerivedFeed;
import org.bt4j.time.EpochNanos;
import org.bt4j.time.ZoneConverter;

/**
 * backtrader's {@code SessionFiller}: adds the bars missing inside the session, at the feed's
 * timeframe and compression, before the bar that reveals the gap; after the last bar of a
 * session it fills up to the session end. Fill bars carry {@code fillPrice} (0 = backtrader's
 * None: the last delivered close; NaN gives bars that take time but show no price), volume
 * {@code fillVol} and open interest {@code fillOi} (NaN by default). With {@code skipFirstFill}
 * (default) the first session is not filled from its start up to the first bar. Only for
 * Minutes, Seconds or MicroSeconds feeds. Engine thread only.
 */
public final class SessionFiller extends DerivedFeed {

    private static final long NONE = Long.MAX_VALUE;

    private final double fillPrice;
    private final double fillVol;
    private final double fillOi;
    private final boolean skipFirstFill;
    private final ZoneConverter zone;
    private final long frame;
    private final long unit;
    private boolean seenBar;
    private long sessEnd = NONE;
    private long prev;
    private double lastClose = Double.NaN;

    /** backtrader's defaults. */
    public SessionFiller(DataFeed source) {
        this(source, 0.0, Double.NaN, Double.NaN, true);
    }

    /** With explicit fill values. */
    public SessionFiller(DataFeed source, double fillPrice, double fillVol, double fillOi, boolean skipFirstFill) {
        super(source);
        this.frame = Fill.unit(source.timeFrame(), "SessionFiller");
        this.unit = frame * source.compression();
        this.fillPrice = fillPrice;
        this.fillVol = fillVol;
        this.fillOi = fillOi;
        this.skipFirstFill = skipFirstFill;
        this.zone = ZoneConverter.of(source.tz());
    }

    @Override
    protected void onSource(Bar x) {
        long cur = zone.toLocal(x.time);
        if (sessEnd != NONE && cur > sessEnd) {
            fill(prev, sessEnd + frame);
            sessEnd = NONE;
        }
        if (sessEnd == NONE) {
            long day = EpochNanos.day(cur) * EpochNanos.DAY;
            long start = day + sessionStart().toNanoOfDay();
            sessEnd = day + sessionEnd().toNanoOfDay();
            if (start <= cur && cur <= sessEnd && (seenBar || !skipFirstFill)) {
                fill(start - unit, cur);
            }
            seenBar = true;
        } else {
            fill(prev, cur);
        }
        prev = cur;
        lastClose = x.close;
        emit(x, true);
    }

    /** Bars at from + unit, from + 2 units, … strictly before {@code to} (local times). */
    private void fill(long from, long to) {
        double price = Filters.fillPrice(fillPrice, lastClose);
        for (long t = from + unit; t < to; t += unit) {
            emit(zone.toUtc(t), price, price, price, price, fillVol, fillOi);
        }
    }
}
