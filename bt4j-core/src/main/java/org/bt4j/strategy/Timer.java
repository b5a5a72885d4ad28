package org.bt4j.strategy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.bt4j.feed.DataFeed;
import org.bt4j.time.EpochNanos;
import org.bt4j.time.TradingCalendar;
import org.bt4j.time.ZoneConverter;

/**
 * A timer (backtrader's {@code add_timer} / {@code Timer}): fires at a time of day, at the
 * session start or end, optionally shifted by an offset and repeated at an interval until the
 * session end, on chosen weekdays or days of the month (with carry to the next day that has bars),
 * or when a custom predicate allows the date. Timers are checked only when a bar arrives: a timer
 * fires on the first bar whose time is at or after the scheduled time, at most once per schedule.
 * {@code cheat} timers fire before the broker step (with {@code nextOpen}), the others after the
 * broker step and before {@code next()}; the strategy's own length is still that of the previous
 * bar. The receiver gets the scheduled time, not the bar time.
 *
 * <p>Time semantics follow backtrader exactly: the day is the bar's UTC date; a time of day is
 * read in the zone of {@link #tzData(DataFeed)} (data0 for session times) or {@link #tz(ZoneId)},
 * else at face value (UTC); repeated schedules are taken at face value, backtrader's rough edge.
 *
 * <p>Configure before the run (fluent setters); during the run a timer belongs to the engine
 * thread.
 */
public final class Timer {

    /** Receives timers owned by the engine (backtrader's {@code Cerebro.notify_timer}). */
    @FunctionalInterface
    public interface Listener {
        /** {@code timer} fired; {@code whenNanos} is its scheduled time (UTC epoch nanoseconds). */
        void onTimer(Timer timer, long whenNanos);
    }

    private enum When { TIME, SESSION_START, SESSION_END }

    private static final long UNSET = Long.MIN_VALUE;
    private int tid;
    /** backtrader's datetime.max time of day: 23:59:59.999999. */
    private static final long TIME_MAX = EpochNanos.DAY - 1_000L;

    private final When kind;
    private final LocalTime time;
    private long offset;
    private long repeat;
    private int[] weekdays = new int[0];
    private boolean weekcarry;
    private int[] monthdays = new int[0];
    private boolean monthcarry = true;
    private Predicate<LocalDate> allow;
    private DataFeed tzData;
    private ZoneId tz;
    private boolean strats;
    private boolean cheat;
    private List<Object> args = List.of();
    private Object owner;

    // ---- run state ----------------------------------------------------------------------------
    private DataFeed zoneData;
    private ZoneConverter zone;
    private boolean isData;
    private long rstWhen;
    private long dWhen;
    private long dtWhen;
    private long lastCall;
    private long nextEos;
    private long curDate;
    private int curMonth;
    private int monthStart;
    private int curWeek;
    private int weekStart;
    private long lastWhen = UNSET;
    private boolean maskHit;
    private long lastWhenUtc = UNSET;

    private Timer(When kind, LocalTime time) {
        this.kind = kind;
        this.time = time;
    }

    /** A timer at {@code time} of day. */
    public static Timer at(LocalTime time) {
        return new Timer(When.TIME, Objects.requireNonNull(time, "time"));
    }

    /** A timer at the session start of {@link #tzData(DataFeed)} (default data0). */
    public static Timer atSessionStart() {
        return new Timer(When.SESSION_START, null);
    }

    /** A timer at the session end of {@link #tzData(DataFeed)} (default data0). */
    public static Timer atSessionEnd() {
        return new Timer(When.SESSION_END, null);
    }

    /** Shifts the time of day (backtrader's {@code offset}). */
    public Timer offset(Duration d) {
        offset = d.toNanos();
        return this;
    }

    /** Fires again every {@code d} until the session end (backtrader's {@code repeat}; zero: once a day). */
    public Timer repeat(Duration d) {
        if (d.isNegative()) {
            throw new IllegalArgumentException("repeat must be >= 0, got " + d);
        }
        repeat = d.toNanos();
        return this;
    }

    /** Only on these ISO weekdays (1 = Monday ... 7 = Sunday). */
    public Timer weekdays(int... days) {
        weekdays = sortedWithin(days, 1, 7, "weekday");
        return this;
    }

    /** Whether a weekday without bars fires on the next day that has one (default false). */
    public Timer weekcarry(boolean b) {
        weekcarry = b;
        return this;
    }

    /** Only on these days of the month (1 ... 31). */
    public Timer monthdays(int... days) {
        monthdays = sortedWithin(days, 1, 31, "day of month");
        return this;
    }

    /** Whether a day of the month without bars fires on the next day that has one (default true). */
    public Timer monthcarry(boolean b) {
        monthcarry = b;
        return this;
    }

    /** A custom filter on the (UTC) date of the bar (backtrader's {@code allow}). */
    public Timer allow(Predicate<LocalDate> predicate) {
        allow = predicate;
        return this;
    }

    /** Reads times of day in this feed's zone and takes the session times from it. */
    public Timer tzData(DataFeed data) {
        tzData = data;
        tz = null;
        return this;
    }

    /** Reads times of day in {@code zone}. */
    public Timer tz(ZoneId zoneId) {
        tz = zoneId;
        tzData = null;
        return this;
    }

    /** For an engine timer: also notify every strategy (backtrader's {@code strats}). */
    public Timer strats(boolean b) {
        strats = b;
        return this;
    }

    /** Fire before the broker step, with {@code nextOpen} (backtrader's {@code cheat}). */
    public Timer cheat(boolean b) {
        cheat = b;
        return this;
    }

    /** Free arguments handed back with the timer (backtrader's {@code *args}). */
    public Timer args(Object... values) {
        args = List.of(values);
        return this;
    }

    private static int[] sortedWithin(int[] days, int lo, int hi, String what) {
        int[] d = days.clone();
        for (int v : d) {
            if (v < lo || v > hi) {
                throw new IllegalArgumentException(what + " must be in " + lo + ".." + hi + ", got " + v);
            }
        }
        Arrays.sort(d);
        return d;
    }

    // ---- read side ------------------------------------------------------------------------------

    /** This timer's number in the run (backtrader's {@code timer.p.tid}). */
    public int tid() {
        return tid;
    }

    /** Whether this timer fires before the broker step (backtrader's {@code cheat}). */
    public boolean isCheat() {
        return cheat;
    }

    /** Whether every strategy is notified (engine timers). */
    public boolean isStrats() {
        return strats;
    }

    /** The arguments given with {@link #args(Object...)}. */
    public List<Object> args() {
        return args;
    }

    /** The strategy that added this timer, or null for an engine timer. */
    public Object owner() {
        return owner;
    }

    /** backtrader's {@code lastwhen}: the scheduled local date-time of the last firing, or null. */
    public LocalDateTime lastWhen() {
        return lastWhen == UNSET ? null : EpochNanos.toLocalDateTime(lastWhen);
    }

    /** The scheduled time of the last firing as UTC epoch nanoseconds, or {@link Long#MIN_VALUE}. */
    public long lastWhenNanos() {
        return lastWhenUtc;
    }

    // ---- engine side ------------------------------------------------------------------------------

    /** Records the owner (engine use: the strategy that added it, null for the engine). */
    void owner(Object o) {
        owner = o;
    }

    /** Prepares a run; {@code data0} is the session source when none was given (engine use). */
    public void start(DataFeed data0) {
        start(data0, 0);
    }

    /**
     * Prepares a run as timer number {@code tid} of the engine (backtrader's {@code tid}: the
     * engine's timers first, then each strategy's, in the order added); engine use.
     */
    public void start(DataFeed data0, int tid) {
        this.tid = tid;
        if (kind == When.TIME) {
            rstWhen = time.toNanoOfDay();
            zoneData = tzData;
        } else {
            zoneData = tzData != null ? tzData : data0;
            if (zoneData == null) {
                throw new IllegalStateException("a session timer needs a data feed");
            }
            rstWhen = (kind == When.SESSION_START ? zoneData.sessionStart() : zoneData.sessionEnd()).toNanoOfDay();
        }
        isData = zoneData != null;
        ZoneId z = isData ? zoneData.tz() : tz;
        zone = z == null ? null : ZoneConverter.of(z);
        resetWhen(UNSET);
        nextEos = Long.MIN_VALUE;
        curDate = Long.MIN_VALUE;
        curMonth = -1;
        monthStart = monthdays.length;
        curWeek = -1;
        weekStart = weekdays.length;
        lastWhen = UNSET;
        lastWhenUtc = UNSET;
    }

    private void resetWhen(long ddate) {
        dWhen = UNSET;
        dtWhen = UNSET;
        lastCall = ddate;
    }

    /**
     * Checks the timer against the master time {@code dt} of a new bar (UTC epoch nanoseconds);
     * true when it fires now (engine use; see {@link #lastWhenNanos()} for its scheduled time).
     */
    public boolean check(long dt) {
        long ddate = Math.floorDiv(dt, EpochNanos.DAY);
        if (lastCall == ddate) {
            return false;
        }
        if (dt > nextEos) {
            nextEos = nextEndOfSession(ddate);
            resetWhen(UNSET);
        }
        if (ddate > curDate) {
            curDate = ddate;
            boolean ret = checkMonth(ddate) && checkWeek(ddate)
                    && (allow == null || allow.test(LocalDate.ofEpochDay(ddate)));
            if (!ret) {
                resetWhen(ddate);
                return false;
            }
        }
        long dwhen = dWhen;
        long dtwhen = dtWhen;
        if (dtwhen == UNSET) {
            dwhen = ddate * EpochNanos.DAY + rstWhen + offset;
            dWhen = dwhen;
            dtwhen = zone == null ? dwhen : zone.toUtc(dwhen);
            dtWhen = dtwhen;
        }
        if (dt < dtwhen) {
            return false;
        }
        lastWhen = dwhen;
        lastWhenUtc = dtwhen;
        if (repeat == 0) {
            resetWhen(ddate);
        } else {
            if (dt > nextEos) {
                nextEos = nextEndOfSession(ddate);
            }
            long eos = nextEos;
            while (true) {
                dwhen += repeat;
                if (dwhen > eos) {
                    resetWhen(ddate);
                    break;
                }
                if (dwhen > dt) {
                    dtWhen = dwhen; // backtrader converts repeated schedules at face value
                    dWhen = zone == null ? dwhen : zone.toLocal(dwhen);
                    break;
                }
            }
        }
        return true;
    }

    /** backtrader's next end of session: from the zone feed's current bar, else the UTC day's end. */
    private long nextEndOfSession(long ddate) {
        if (!isData) {
            return ddate * EpochNanos.DAY + TIME_MAX;
        }
        if (zoneData.len() == 0) {
            return Long.MIN_VALUE;
        }
        long dtime = zoneData.datetime(0);
        TradingCalendar cal = zoneData.calendar();
        if (cal != null) {
            return cal.nextSessionEnd(dtime, zone);
        }
        long local = Math.floorDiv(dtime, EpochNanos.DAY) * EpochNanos.DAY + zoneData.sessionEnd().toNanoOfDay();
        long eos = zone.toUtc(local);
        while (dtime > eos) {
            eos += EpochNanos.DAY;
        }
        return eos;
    }

    private boolean checkMonth(long ddate) {
        if (monthdays.length == 0) {
            return true;
        }
        boolean daycarry = false;
        int dmonth = EpochNanos.month(ddate);
        if (dmonth != curMonth) {
            curMonth = dmonth;
            daycarry = monthcarry && monthStart < monthdays.length;
            monthStart = 0;
        }
        monthStart = maskStep(monthdays, monthStart, EpochNanos.dayOfMonth(ddate), monthcarry);
        return daycarry || maskHit;
    }

    private boolean checkWeek(long ddate) {
        if (weekdays.length == 0) {
            return true;
        }
        LocalDate date = LocalDate.ofEpochDay(ddate);
        int dweek = date.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        boolean daycarry = false;
        if (dweek != curWeek) {
            curWeek = dweek;
            daycarry = weekcarry && weekStart < weekdays.length;
            weekStart = 0;
        }
        weekStart = maskStep(weekdays, weekStart, date.getDayOfWeek().getValue(), weekcarry);
        return daycarry || maskHit;
    }

    /**
     * backtrader's mask walk over the days still to come in the period ({@code mask[start..]},
     * sorted): days before {@code day} are dropped (and carry when {@code carry}); the current
     * day counts as hit — including backtrader's quirk that any dropped earlier day also counts
     * as a hit and drops one more entry. Returns the new start; {@link #maskHit} tells whether
     * the day carried or hit.
     */
    private int maskStep(int[] mask, int start, int day, boolean carry) {
        int dc = 0;
        while (start + dc < mask.length && mask[start + dc] < day) {
            dc++;
        }
        boolean hit = carry && dc > 0;
        boolean curday;
        if (start + dc < mask.length) {
            curday = dc > 0 || mask[start] == day;
            if (curday) {
                dc++;
            }
        } else {
            curday = false;
        }
        maskHit = hit || curday;
        return start + dc;
    }

    @Override
    public String toString() {
        return "Timer[" + (kind == When.TIME ? time.toString() : kind.name()) + (cheat ? ", cheat" : "")
                + (repeat != 0 ? ", repeat " + Duration.ofNanos(repeat) : "") + "]";
    }
}
