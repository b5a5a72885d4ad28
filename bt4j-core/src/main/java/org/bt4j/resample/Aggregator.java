package org.bt4j.resample;

import java.time.LocalTime;
import org.bt4j.feed.Bar;
import org.bt4j.time.EpochNanos;
import org.bt4j.time.TimeFrame;
import org.bt4j.time.TradingCalendar;
import org.bt4j.time.ZoneConverter;

/**
 * The bar under construction and backtrader's boundary rules (inventory §A7.2), shared by the
 * resampler and the replayer: when a source bar is "on edge", when the open bar is over
 * (intraday buckets, session end, ISO week, month, year, compression counts) and which time an
 * emitted bar gets ({@code adjbartime}, {@code rightedge}, {@code boundoff}). Times are UTC epoch
 * nanoseconds; day boundaries and points of the day are taken in the source feed's zone.
 * Not thread-safe: engine thread only.
 */
final class Aggregator {

    /** backtrader's "maxdate": the time of a freshly started, empty bar. */
    static final long MAXDATE = Long.MAX_VALUE;
    /** backtrader's late-bar nudge: 1e-6 day. */
    static final long LATE_NUDGE = 86_400_000L;

    final ResampleParams p;
    final boolean subdays;
    final boolean subweeks;
    final boolean componly;
    final boolean doAdjustTime;
    private final ZoneConverter zone;
    private final LocalTime sessionEnd;
    private final TradingCalendar calendar;

    // the bar under construction
    double open = Double.NaN, high = Double.NEGATIVE_INFINITY, low = Double.POSITIVE_INFINITY, close = Double.NaN;
    double volume, openInterest;
    long time = MAXDATE;

    int compCount;
    private boolean nextEosSet;
    private long nextEos = Long.MIN_VALUE;
    private long lastEos = Long.MIN_VALUE;

    Aggregator(ResampleParams p, TimeFrame sourceTimeFrame, int sourceCompression, ZoneConverter zone,
               LocalTime sessionEnd, TradingCalendar calendar) {
        this.p = p;
        TimeFrame tf = p.timeFrame();
        this.subdays = tf.compareTo(TimeFrame.Ticks) > 0 && tf.compareTo(TimeFrame.Days) < 0;
        this.subweeks = tf.compareTo(TimeFrame.Weeks) < 0;
        this.componly = !subdays && sourceTimeFrame == tf && p.compression() % sourceCompression == 0;
        this.doAdjustTime = p.bar2edge() && p.adjbartime() && subweeks;
        this.zone = zone;
        this.sessionEnd = sessionEnd;
        this.calendar = calendar;
    }

    boolean isOpen() {
        return open == open;
    }

    /** Empties the bar; {@code maxdate} gives it backtrader's far-future time. */
    void start(boolean maxdate) {
        open = Double.NaN;
        high = Double.NEGATIVE_INFINITY;
        low = Double.POSITIVE_INFINITY;
        close = Double.NaN;
        volume = 0.0;
        openInterest = 0.0;
        if (maxdate) {
            time = MAXDATE;
        }
    }

    /** Absorbs a source bar (backtrader's {@code bupdate}); {@code reopen} starts afresh with it. */
    void update(Bar x, boolean reopen) {
        if (reopen) {
            start(false);
        }
        time = x.time;
        if (x.high > high) {
            high = x.high;
        }
        if (x.low < low) {
            low = x.low;
        }
        close = x.close;
        volume += x.volume;
        openInterest = x.openInterest;
        if (reopen || open != open) {
            open = x.open;
        }
    }

    /** Copies the bar into {@code out}. */
    Bar copyTo(Bar out) {
        return out.set(time, open, high, low, close, volume, openInterest);
    }

    /** Whether a source stamped {@code t} is late: not after the last emitted time. */
    boolean isLate(long t, boolean anyEmitted, long lastEmitted) {
        return subdays && anyEmitted && t <= lastEmitted;
    }

    // ---------------------------------------------------------------- session end

    private void eosSet(long ref, boolean haveRef) {
        if (!nextEosSet) {
            nextEos = haveRef ? nextEos(ref) : Long.MIN_VALUE;
            nextEosSet = true;
        }
    }

    /** The first session end at or after {@code t} (backtrader's {@code _getnexteos}). */
    long nextEos(long t) {
        if (calendar != null) {
            return calendar.nextSessionEnd(t, zone);
        }
        long local = zone.toLocal(t);
        long eosLocal = EpochNanos.day(local) * EpochNanos.DAY + sessionEnd.toNanoOfDay();
        long eos = zone.toUtc(eosLocal);
        while (t > eos) {
            eosLocal += EpochNanos.DAY;
            eos = zone.toUtc(eosLocal);
        }
        return eos;
    }

    /** backtrader's {@code _eoscheck}: has {@code t} reached (exact) or passed the session end? */
    boolean eosCheck(long t, long ref, boolean haveRef, boolean exact) {
        eosSet(ref, haveRef);
        boolean equal = t == nextEos;
        boolean ret;
        if (exact) {
            ret = equal;
        } else if (t > nextEos) {
            ret = isOpen() && time <= nextEos;
        } else {
            ret = equal;
        }
        if (ret) {
            lastEos = nextEos;
            nextEosSet = false;
            nextEos = Long.MIN_VALUE;
        }
        return ret;
    }

    /** Remembers the session end of a compression-only source bar. */
    void setLastEos(long t) {
        lastEos = nextEos(t);
    }

    // ---------------------------------------------------------------- points

    /** The point of the day in target units, plus boundoff. */
    private long point(long utc) {
        long tod = EpochNanos.timeOfDay(zone.toLocal(utc));
        long minutes = tod / EpochNanos.MINUTE;
        TimeFrame tf = p.timeFrame();
        long point;
        if (tf.compareTo(TimeFrame.Minutes) < 0) {
            long seconds = tod / EpochNanos.SECOND;
            point = tf.compareTo(TimeFrame.Seconds) < 0 ? seconds * 1_000_000 + tod % EpochNanos.SECOND / 1000 : seconds;
        } else {
            point = minutes;
        }
        return point + p.boundoff();
    }

    /** The part of the time of day below the target unit (non-zero means "not on a boundary"). */
    private long rest(long utc) {
        long tod = EpochNanos.timeOfDay(zone.toLocal(utc));
        TimeFrame tf = p.timeFrame();
        if (tf.compareTo(TimeFrame.Minutes) >= 0) {
            return tod % EpochNanos.MINUTE;
        }
        if (tf == TimeFrame.Seconds) {
            return tod % EpochNanos.SECOND;
        }
        return 0;
    }

    // ---------------------------------------------------------------- bar over / on edge

    /** backtrader's {@code _barover} for a source (or clock) time {@code t}. */
    boolean barOver(long t, long ref, boolean haveRef) {
        TimeFrame tf = p.timeFrame();
        switch (tf) {
            case Ticks:
                return isOpen();
            case Days:
                return eosCheck(t, ref, haveRef, false);
            case Weeks:
                if (calendar != null) {
                    return calendar.isLastTradingDayOfWeek(EpochNanos.day(zone.toLocal(t)));
                }
                return time != MAXDATE && isoYearWeek(t) > isoYearWeek(time);
            case Months:
                return time != MAXDATE && yearMonth(t) > yearMonth(time);
            case Years:
                return time != MAXDATE && EpochNanos.year(EpochNanos.day(zone.toLocal(t)))
                    > EpochNanos.year(EpochNanos.day(zone.toLocal(time)));
            default:
                return barOverSubdays(t, ref, haveRef);
        }
    }

    private boolean barOverSubdays(long t, long ref, boolean haveRef) {
        if (eosCheck(t, ref, haveRef, false)) {
            return true;
        }
        if (t < time) {
            return false;
        }
        long point = point(time);
        long barPoint = point(t);
        if (barPoint <= point) {
            return false;
        }
        if (!p.bar2edge() || p.compression() == 1) {
            return true;
        }
        return Math.floorDiv(barPoint, p.compression()) > Math.floorDiv(point, p.compression());
    }

    private long isoYearWeek(long utc) {
        java.time.LocalDate d = java.time.LocalDate.ofEpochDay(EpochNanos.day(zone.toLocal(utc)));
        int week = d.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        int year = d.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR);
        return year * 100L + week;
    }

    private long yearMonth(long utc) {
        long c = EpochNanos.civil(EpochNanos.day(zone.toLocal(utc)));
        return c / 100;
    }

    /** backtrader's {@code _checkbarover}: the bar is over and the compression count is met. */
    boolean checkBarOver(long t, long ref, boolean haveRef, boolean fromCheck) {
        if (!componly && !barOver(t, ref, haveRef)) {
            return false;
        }
        if (subdays && p.bar2edge()) {
            return true;
        }
        if (!fromCheck) {
            compCount++;
            return compCount % p.compression() == 0;
        }
        return false;
    }

    /** Result bits of {@link #dataOnEdge}: on edge, and whether to check for bar-over. */
    static final int ON_EDGE = 1, CHECK_OVER = 2;

    /** backtrader's {@code _dataonedge} for source time {@code t}. */
    int dataOnEdge(long t) {
        if (!subweeks) {
            if (calendar == null) {
                return CHECK_OVER;
            }
            long day = EpochNanos.day(zone.toLocal(t));
            boolean last;
            switch (p.timeFrame()) {
                case Weeks:
                    last = calendar.isLastTradingDayOfWeek(day);
                    break;
                case Months:
                    last = calendar.isLastTradingDayOfMonth(day);
                    break;
                default:
                    last = calendar.isLastTradingDayOfYear(day);
                    break;
            }
            if (last) {
                compCount++;
                return compCount % p.compression() == 0 ? ON_EDGE : 0;
            }
            return CHECK_OVER;
        }
        if (eosCheck(t, t, true, true)) {
            return ON_EDGE | CHECK_OVER;
        }
        if (subdays) {
            if (rest(t) != 0) {
                return CHECK_OVER;
            }
            return Math.floorMod(point(t), p.compression()) == 0 ? ON_EDGE | CHECK_OVER : CHECK_OVER;
        }
        return CHECK_OVER;
    }

    // ---------------------------------------------------------------- adjusted time

    /** backtrader's {@code _calcadjtime}: the boundary the bar should be stamped with. */
    long adjustedTime() {
        if (!nextEosSet) {
            return lastEos;
        }
        long local = zone.toLocal(time);
        long dayStart = EpochNanos.day(local) * EpochNanos.DAY;
        long point = (Math.floorDiv(point(time), p.compression()) + (p.rightedge() ? 1 : 0)) * p.compression();
        long tod;
        switch (p.timeFrame()) {
            case Minutes:
                tod = point * EpochNanos.MINUTE;
                break;
            case Seconds:
                tod = point * EpochNanos.SECOND;
                break;
            case Days:
                tod = sessionEnd.toNanoOfDay();
                break;
            default: // MicroSeconds and Ticks: the point is in microseconds
                tod = point * 1000L;
                break;
        }
        return zone.toUtc(dayStart + tod);
    }

    /** backtrader's {@code _adjusttime}: restamp; with {@code greater}, only to a later time. */
    boolean adjustTime(boolean greater) {
        long t = adjustedTime();
        if (greater && t <= time) {
            return false;
        }
        time = t;
        return true;
    }
}
