package org.bt4j.feed;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.bt4j.line.Line;
import org.bt4j.line.LineBuffer;
import org.bt4j.line.LineSeries;
import org.bt4j.line.TimeLine;
import org.bt4j.time.TimeFrame;
import org.bt4j.time.TradingCalendar;

/**
 * A source of bars: backtrader's data feed. Lines in backtrader's order — close, low, high, open,
 * volume, openinterest (so line 0 is the close) — plus the {@link TimeLine} of bar end times in
 * UTC epoch nanoseconds. Subclasses produce bars in {@link #load()}; the engine either preloads
 * every bar first ({@link #preload()}) and then walks the cursor ({@link #advance()}), or pulls
 * one bar at a time ({@link #next()}). Engine thread only.
 */
public abstract class DataFeed implements LineSeries {

    /** Index of each price line, in backtrader's order. */
    public static final int CLOSE = 0, LOW = 1, HIGH = 2, OPEN = 3, VOLUME = 4, OPENINTEREST = 5;

    private static final String[] NAMES = {"close", "low", "high", "open", "volume", "openinterest"};

    private final LineBuffer[] lines = new LineBuffer[NAMES.length];
    private final TimeLine datetime = new TimeLine();
    /**
     * The four prices {@link #READ_AHEAD} bars past the cursor, read every {@link #READ_AHEAD_EVERY}
     * bars by {@link #advance()} and kept here only so that the reads are not optimised away. A fill
     * reads its bar's open (limit and stop orders also the high and low) and BuySell the low or high,
     * on the few bars with a fill: columns read that sparsely are not in cache, and each such read
     * was a miss to memory (about 8 % of a runonce loop of BT-SMACROSS-10-30, BENCHMARKS §12.5). One
     * read per cache line (8 doubles) brings every line of the four columns in before its bars come.
     */
    private double readAhead;
    private static final int READ_AHEAD = 16;
    private static final int READ_AHEAD_EVERY = 8;
    private String name = "";
    private ZoneId tz = ZoneOffset.UTC;
    private TimeFrame timeFrame = TimeFrame.Days;
    private int compression = 1;
    private boolean preloaded;
    private boolean ended;
    private long deliveries;
    private LocalTime sessionStart = LocalTime.MIDNIGHT;
    private LocalTime sessionEnd = LocalTime.of(23, 59, 59, 999_990_000);
    private TradingCalendar calendar;

    protected DataFeed() {
        for (int i = 0; i < lines.length; i++) {
            lines[i] = new LineBuffer(this);
        }
    }

    /**
     * Produces the next bar: appends it with {@link #forwardBar} (or calls {@link #forward()} then
     * writes it with {@link #setBar}). Returns false when there is no more data.
     */
    protected abstract boolean load();

    /** Called once before the first bar (open files, connect). */
    public void start() {
    }

    /** Called once after the last bar (close files). */
    public void stop() {
    }

    /** Whether this feed delivers live data (switches the engine to bar-by-bar, no preload). */
    public boolean isLive() {
        return false;
    }

    /** Loads every bar into the buffers and puts the cursor before the first bar. */
    public void preload() {
        while (load()) {
            // keep loading
        }
        home();
        preloaded = true;
    }

    /** Whether {@link #preload()} ran. */
    public boolean isPreloaded() {
        return preloaded;
    }

    /**
     * Moves to the next bar: the cursor over stored bars (preloaded, or a bar the engine stepped
     * back over with {@link #seek(int)} while synchronising feeds), else a fresh {@link #load()}.
     */
    public boolean next() {
        boolean got;
        if (preloaded || datetime.len() < datetime.size()) {
            if (datetime.len() >= datetime.size()) {
                return false;
            }
            advance();
            got = true;
        } else {
            got = load();
        }
        if (got) {
            deliveries++;
        } else {
            ended = true;
        }
        return got;
    }

    /**
     * Whether {@link #next()} found no bar at least once: the end of the data, for a feed that is
     * not a {@link LiveFeed} (those say with {@code isFinished()} whether more will come).
     */
    public final boolean ended() {
        return ended;
    }

    /**
     * Takes back the bar {@link #next()} just delivered, so the next call delivers it again: how the
     * engine holds back a feed whose bar is later than the other feeds' (multi-feed sync).
     */
    public final void undeliver() {
        seek(len() - 2);
        deliveries--;
    }

    /**
     * How many times {@link #next()} delivered something: a new bar, or (replay) an update of the
     * current bar in place. Consumers compare it with {@link #len()} to tell the two apart.
     */
    public final long deliveries() {
        return deliveries;
    }

    /** Appends one empty slot to every line and moves onto it. */
    protected final void forward() {
        datetime.forward();
        for (LineBuffer l : lines) {
            l.forward();
        }
    }

    /**
     * Appends a bar and moves onto it: {@link #forward()} followed by {@link #setBar}, with each
     * slot written once (the way {@link #load()} delivers a new bar).
     */
    protected final void forwardBar(long endNanos, double open, double high, double low, double close,
                                    double volume, double openInterest) {
        datetime.forward(endNanos);
        lines[CLOSE].forward(close);
        lines[LOW].forward(low);
        lines[HIGH].forward(high);
        lines[OPEN].forward(open);
        lines[VOLUME].forward(volume);
        lines[OPENINTEREST].forward(openInterest);
    }

    /** Writes the current bar (after {@link #forward()}). */
    protected final void setBar(long endNanos, double open, double high, double low, double close,
                                double volume, double openInterest) {
        datetime.set(0, endNanos);
        lines[OPEN].set(0, open);
        lines[HIGH].set(0, high);
        lines[LOW].set(0, low);
        lines[CLOSE].set(0, close);
        lines[VOLUME].set(0, volume);
        lines[OPENINTEREST].set(0, openInterest);
    }

    /** Drops the current bar (a bar that was loaded but must not be delivered yet). */
    public final void rewind() {
        datetime.rewind();
        for (LineBuffer l : lines) {
            l.rewind();
        }
    }

    /** Cursor one bar forward over stored values. */
    public final void advance() {
        datetime.advance();
        LineBuffer[] ls = lines;
        for (LineBuffer l : ls) {
            l.advance();
        }
        if ((ls[CLOSE].len() & (READ_AHEAD_EVERY - 1)) == 0) {
            readAhead = ls[OPEN].ahead(READ_AHEAD) + ls[HIGH].ahead(READ_AHEAD) + ls[LOW].ahead(READ_AHEAD)
                + ls[CLOSE].ahead(READ_AHEAD);
        }
    }

    /** Cursor before the first bar. */
    public final void home() {
        datetime.home();
        for (LineBuffer l : lines) {
            l.home();
        }
    }

    /** Its {@link #datetime()} line. */
    @Override
    public final TimeLine timeLine() {
        return datetime;
    }

    /** Places every cursor on absolute index {@code i}. */
    public final void seek(int i) {
        datetime.seek(i);
        for (LineBuffer l : lines) {
            l.seek(i);
        }
    }

    public final Line close() {
        return lines[CLOSE];
    }

    public final Line low() {
        return lines[LOW];
    }

    public final Line high() {
        return lines[HIGH];
    }

    public final Line open() {
        return lines[OPEN];
    }

    public final Line volume() {
        return lines[VOLUME];
    }

    public final Line openInterest() {
        return lines[OPENINTEREST];
    }

    /**
     * backtrader's {@code data.close[ago]}: the close {@code ago} bars back ({@code 0} the current
     * bar, {@code -1} the one before); as {@code close().get(ago)}.
     */
    public final double close(int ago) {
        return lines[CLOSE].get(ago);
    }

    /** backtrader's {@code data.low[ago]}; as {@code low().get(ago)}. */
    public final double low(int ago) {
        return lines[LOW].get(ago);
    }

    /** backtrader's {@code data.high[ago]}; as {@code high().get(ago)}. */
    public final double high(int ago) {
        return lines[HIGH].get(ago);
    }

    /** backtrader's {@code data.open[ago]}; as {@code open().get(ago)}. */
    public final double open(int ago) {
        return lines[OPEN].get(ago);
    }

    /** backtrader's {@code data.volume[ago]}; as {@code volume().get(ago)}. */
    public final double volume(int ago) {
        return lines[VOLUME].get(ago);
    }

    /** backtrader's {@code data.openinterest[ago]}; as {@code openInterest().get(ago)}. */
    public final double openInterest(int ago) {
        return lines[OPENINTEREST].get(ago);
    }

    /** The bar end times (UTC epoch nanoseconds). */
    public final TimeLine datetime() {
        return datetime;
    }

    /** The end time of the bar {@code ago} bars back, UTC epoch nanoseconds. */
    public final long datetime(int ago) {
        return datetime.get(ago);
    }

    /**
     * backtrader's {@code data.datetime.datetime(ago)}: the end time of the bar {@code ago} bars
     * back in this feed's zone ({@link #tz()}; UTC unless set). backtrader's {@code num2date} and
     * {@code date2num} are {@link org.bt4j.time.EpochNanos#toLocalDateTime} and
     * {@link org.bt4j.time.EpochNanos#of(java.time.LocalDateTime)}: bt4j's times are UTC epoch
     * nanoseconds, not float days.
     */
    public final LocalDateTime localDateTime(int ago) {
        long t = datetime.get(ago);
        if (tz == ZoneOffset.UTC) {
            return org.bt4j.time.EpochNanos.toLocalDateTime(t);
        }
        return LocalDateTime.ofInstant(java.time.Instant.ofEpochSecond(Math.floorDiv(t, 1_000_000_000L),
            Math.floorMod(t, 1_000_000_000L)), tz);
    }

    /** backtrader's {@code data.datetime.date(ago)}: the bar's date in this feed's zone. */
    public final LocalDate date(int ago) {
        return localDateTime(ago).toLocalDate();
    }

    /** backtrader's {@code data.datetime.time(ago)}: the bar's time of day in this feed's zone. */
    public final LocalTime time(int ago) {
        return localDateTime(ago).toLocalTime();
    }

    /** The price/volume buffer at {@code index} (see the index constants). */
    public final LineBuffer buffer(int index) {
        return lines[index];
    }

    @Override
    public final int lineCount() {
        return lines.length;
    }

    @Override
    public final Line line(int index) {
        return lines[index];
    }

    @Override
    public final String lineName(int index) {
        return NAMES[index];
    }

    @Override
    public final int len() {
        return datetime.len();
    }

    /** Number of bars stored (all of them once preloaded). */
    public final int size() {
        return datetime.size();
    }

    public final String name() {
        return name;
    }

    public final DataFeed name(String name) {
        this.name = name;
        return this;
    }

    /** Zone used to read input times and to display them. */
    public final ZoneId tz() {
        return tz;
    }

    public final DataFeed tz(ZoneId tz) {
        this.tz = tz;
        return this;
    }

    public final TimeFrame timeFrame() {
        return timeFrame;
    }

    public final int compression() {
        return compression;
    }

    public final DataFeed timeFrame(TimeFrame timeFrame, int compression) {
        if (compression < 1) {
            throw new IllegalArgumentException("compression must be >= 1, got " + compression);
        }
        this.timeFrame = timeFrame;
        this.compression = compression;
        return this;
    }

    /** Session start, a time of day in {@link #tz()} (backtrader's {@code sessionstart}, default 00:00). */
    public final LocalTime sessionStart() {
        return sessionStart;
    }

    /**
     * Session end, a time of day in {@link #tz()} (backtrader's {@code sessionend}, default
     * 23:59:59.999990): daily bars are stamped with it and daily resampling closes on it.
     */
    public final LocalTime sessionEnd() {
        return sessionEnd;
    }

    /** Sets the session times of day (in {@link #tz()}). */
    public final DataFeed sessions(LocalTime start, LocalTime end) {
        if (start == null || end == null) {
            throw new IllegalArgumentException("session start and end must not be null");
        }
        this.sessionStart = start;
        this.sessionEnd = end;
        return this;
    }

    /** The trading calendar of this feed (backtrader's {@code calendar}), or null for none. */
    public final TradingCalendar calendar() {
        return calendar;
    }

    /** Sets the trading calendar (null for none: sessions from {@link #sessionEnd()}, weekends not special). */
    public final DataFeed calendar(TradingCalendar calendar) {
        this.calendar = calendar;
        return this;
    }

    /** Takes {@code other}'s name, zone, sessions, calendar and bar size (feeds built from another feed). */
    protected final void describeAs(DataFeed other) {
        name(other.name());
        tz(other.tz());
        sessions(other.sessionStart(), other.sessionEnd());
        calendar(other.calendar());
        timeFrame(other.timeFrame(), other.compression());
    }

    /**
     * Whether the engine may {@link #preload()} this feed. False for live feeds and for replayed
     * feeds, whose bars change in place and must be consumed bar by bar.
     */
    public boolean canPreload() {
        return !isLive();
    }
}
