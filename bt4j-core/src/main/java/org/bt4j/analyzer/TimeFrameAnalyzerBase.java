package org.bt4j.analyzer;


import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import org.bt4j.time.EpochNanos;
import org.bt4j.time.TimeFrame;
import org.bt4j.time.ZoneConverter;

/**
 * backtrader's {@code TimeFrameAnalyzerBase}: an analyzer that works in periods of a
 * {@link TimeFrame} and compression (by default the data's). Before the bar's hook it checks
 * whether the strategy's time entered a new period and then calls {@link #onDtOver()}; the period
 * key ({@link #dtKey}) is the period's end as backtrader computes it: year-end date, month-end,
 * the Sunday of the ISO week, the day, or the next sub-day boundary minus one unit. Engine
 * thread only.
 */
public abstract class TimeFrameAnalyzerBase extends AnalyzerBase {

    private TimeFrame timeFrameParam;
    private int compressionParam;
    private boolean doPrenext = true;

    /** The effective time frame (set at start). */
    protected TimeFrame timeFrame;
    /** The effective compression (set at start). */
    protected int compression;
    /** The current period's key, e.g. {@code 2015-12-31T00:00:00}. */
    protected String dtKey;
    private long dtCmp;
    private boolean haveCmp;
    private ZoneConverter zone;
    /** The last bar's period bucket: bars of one bucket share a period key, so only a new bucket is keyed. */
    private long lastBucket;

    /**
     * @param timeFrame   the period's time frame, or null for the data's
     * @param compression the period's compression, or 0 for the data's
     */
    protected TimeFrameAnalyzerBase(TimeFrame timeFrame, int compression) {
        this.timeFrameParam = timeFrame;
        this.compressionParam = compression;
    }

    /** Sets the time frame (null: the data's); call before the run. */
    public TimeFrameAnalyzerBase timeFrame(TimeFrame tf, int comp) {
        this.timeFrameParam = tf;
        this.compressionParam = comp;
        return this;
    }

    /** backtrader's {@code _doprenext}: whether warm-up bars are analysed (default true); call before the run. */
    public final void doPrenext(boolean on) {
        this.doPrenext = on;
    }

    /** backtrader's {@code timeframe}, {@code compression} and {@code _doprenext} (null: the data's); subclasses add theirs. */
    @Override
    public Map<String, Object> params() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("timeframe", timeFrameParam);
        p.put("compression", compressionParam > 0 ? compressionParam : null);
        p.put("_doprenext", doPrenext);
        return p;
    }

    /** Whether this analyzer's period keys are dates (Years, as backtrader's {@code datetime.date}) rather than datetimes. */
    public final boolean dateKeys() {
        return timeFrame == TimeFrame.Years;
    }

    /** The current period's key (null before the first bar), as used in {@link #analysis()}. */
    public final String dtKey() {
        return dtKey;
    }

    /** Whether warm-up bars are analysed. */
    protected final boolean doPrenext() {
        return doPrenext;
    }

    @Override
    void cycleStart() {
        timeFrame = timeFrameParam != null ? timeFrameParam : data.timeFrame();
        compression = compressionParam > 0 ? compressionParam : data.compression();
        haveCmp = timeFrame != TimeFrame.NoTimeFrame; // datetime.min's key; NoTimeFrame starts with None
        dtCmp = Long.MIN_VALUE;
        dtKey = null;
        zone = ZoneConverter.of(data.tz());
        lastBucket = Long.MIN_VALUE;
        onStart();
    }

    @Override
    void cyclePrenext() {
        if (dtOver()) {
            onDtOver();
        }
        if (doPrenext) {
            onPrenext();
        }
    }

    @Override
    void cycleNextStart() {
        if (dtOver() || !doPrenext) {
            onDtOver();
        }
        onNextStart();
    }

    @Override
    void cycleNext() {
        if (dtOver()) {
            onDtOver();
        }
        onNext();
    }

    /** A new period started (the bar's hook follows). */
    protected void onDtOver() {
    }

    private boolean dtOver() {
        long cmp;
        String key;
        if (timeFrame == TimeFrame.NoTimeFrame) {
            cmp = Long.MAX_VALUE;
            key = "9999-12-31T23:59:59";
        } else {
            long bucket = bucket(zone.toLocal(strategy.datetime()));
            if (haveCmp && bucket == lastBucket) {
                return false; // same period as the last bar: its key compared already (no allocation per bar)
            }
            lastBucket = bucket;
            LocalDateTime dt = local(strategy.datetime());
            LocalDateTime k = periodKey(dt);
            cmp = periodCmp(dt, k);
            key = key(k);
        }
        if (!haveCmp || cmp > dtCmp) {
            haveCmp = true;
            dtCmp = cmp;
            dtKey = key;
            return true;
        }
        return false;
    }

    /**
     * The bucket of a naive local time: its day for Days and longer (a period key depends only on
     * the day), else the day and the compression step within it, in the units {@link #subDayKey}
     * counts (minutes, seconds, or microseconds below Seconds).
     */
    private long bucket(long local) {
        long day = EpochNanos.day(local);
        if (timeFrame.compareTo(TimeFrame.Days) >= 0) {
            return day;
        }
        long unit = timeFrame == TimeFrame.Minutes ? EpochNanos.MINUTE
            : timeFrame == TimeFrame.Seconds ? EpochNanos.SECOND : 1000L;
        return day * 100_000_000_000L + EpochNanos.timeOfDay(local) / unit / compression;
    }

    private long periodCmp(LocalDateTime dt, LocalDateTime key) {
        switch (timeFrame) {
            case Years:
                return dt.getYear();
            case Months:
                return dt.getYear() * 100L + dt.getMonthValue();
            case Weeks:
                return dt.get(IsoFields.WEEK_BASED_YEAR) * 100L + dt.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            case Days:
                return dt.getYear() * 10000L + dt.getMonthValue() * 100L + dt.getDayOfMonth();
            default:
                return key.toEpochSecond(ZoneOffset.UTC) * 1_000_000L + key.getNano() / 1000;
        }
    }

    /** The period key of {@code dt} as backtrader's {@code _get_dt_cmpkey} computes it. */
    LocalDateTime periodKey(LocalDateTime dt) {
        switch (timeFrame) {
            case Years:
                return LocalDateTime.of(dt.getYear(), 12, 31, 0, 0);
            case Months:
                return dt.toLocalDate().with(TemporalAdjusters.lastDayOfMonth()).atStartOfDay();
            case Weeks:
                return dt.toLocalDate().plusDays(7 - dt.getDayOfWeek().getValue()).atStartOfDay();
            case Days:
                return dt.toLocalDate().atStartOfDay();
            default:
                return subDayKey(dt);
        }
    }

    private LocalDateTime subDayKey(LocalDateTime dt) {
        // position within the day in the time frame's unit, moved to the next compression boundary
        long point = dt.getHour() * 60L + dt.getMinute();
        if (timeFrame.compareTo(TimeFrame.Minutes) < 0) {
            point = point * 60 + dt.getSecond();
        }
        if (timeFrame.compareTo(TimeFrame.Seconds) < 0) {
            point = point * 1_000_000L + dt.getNano() / 1000;
        }
        point = (point / compression + 1) * compression;
        long ph;
        long pm;
        long ps = 0;
        long pus = 0;
        if (timeFrame == TimeFrame.Minutes) {
            ph = point / 60;
            pm = point % 60;
        } else if (timeFrame == TimeFrame.Seconds) {
            ph = point / 3600;
            pm = point % 3600 / 60;
            ps = point % 60;
        } else {
            ph = point / 3_600_000_000L;
            long rest = point % 3_600_000_000L;
            pm = rest / 60_000_000L;
            rest %= 60_000_000L;
            ps = rest / 1_000_000L;
            pus = rest % 1_000_000L;
        }
        LocalDateTime base = dt;
        if (ph > 23) {
            base = base.plusDays(ph / 24);
            ph %= 24;
        }
        LocalDateTime k = base.withHour((int) ph).withMinute((int) pm).withSecond((int) ps).withNano((int) pus * 1000);
        if (timeFrame == TimeFrame.Minutes) {
            return k.minusMinutes(1);
        }
        if (timeFrame == TimeFrame.Seconds) {
            return k.minusSeconds(1);
        }
        if (timeFrame == TimeFrame.MicroSeconds) {
            return k.minusNanos(1000);
        }
        return k;
    }

}
