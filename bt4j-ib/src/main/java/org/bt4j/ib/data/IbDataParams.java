package org.bt4j.ib.data;

import java.time.Duration;
import java.time.LocalTime;
import org.bt4j.feed.DataFeed;
import org.bt4j.time.TimeFrame;

/**
 * backtrader's IBData parameters, with its names and defaults: {@code sectype} (STK),
 * {@code exchange} (SMART), {@code currency} (""), {@code historical}, {@code what} (BID for CASH
 * and CFD, else TRADES), {@code useRTH}, {@code rtbar}, {@code qcheck} (0.5 s),
 * {@code backfill_start}, {@code backfill}, {@code backfill_from}, {@code latethrough},
 * {@code tradename}, {@code tz} (from the contract details when null), {@code fromdate},
 * {@code todate}, {@code timeframe}/{@code compression} (backtrader's default is Days; a Ticks feed
 * delivers every trade) and the session end (time is the store's: its loop's clock plus the TWS
 * offset). A fluent, mutable settings object used once per feed;
 * not thread-safe.
 */
public final class IbDataParams {

    String sectype = "STK";
    String exchange = "SMART";
    String currency = "";
    boolean historical;
    String what;
    boolean useRTH;
    boolean rtbar;
    Duration qcheck = Duration.ofMillis(500);
    boolean backfillStart = true;
    boolean backfill = true;
    DataFeed backfillFrom;
    boolean latethrough;
    String tradename;
    String tz;
    long fromdate = IbDataMachine.Config.NONE;
    long todate = IbDataMachine.Config.NONE;
    TimeFrame timeframe = TimeFrame.Days;
    int compression = 1;
    LocalTime sessionEnd = LocalTime.of(23, 59, 59, 999_990_000);

    /** backtrader's defaults. */
    public static IbDataParams of() {
        return new IbDataParams();
    }

    /** Security type applied when the data name gives none. */
    public IbDataParams sectype(String v) {
        sectype = v;
        return this;
    }

    /** Exchange applied when the data name gives none. */
    public IbDataParams exchange(String v) {
        exchange = v;
        return this;
    }

    /** Currency applied when the data name gives none. */
    public IbDataParams currency(String v) {
        currency = v;
        return this;
    }

    /** Download {@code fromdate}..{@code todate} only, then end (not live). */
    public IbDataParams historical(boolean v) {
        historical = v;
        return this;
    }

    /** whatToShow (TRADES, MIDPOINT, BID, ASK ...); null picks backtrader's default. */
    public IbDataParams what(String v) {
        what = v;
        return this;
    }

    /** Regular trading hours only (historical requests and real-time bars). */
    public IbDataParams useRTH(boolean v) {
        useRTH = v;
        return this;
    }

    /** Use 5-second real-time bars instead of RTVolume ticks. */
    public IbDataParams rtbar(boolean v) {
        rtbar = v;
        return this;
    }

    /** Longest wait for live data in one engine loop. */
    public IbDataParams qcheck(Duration v) {
        if (v.isNegative() || v.isZero()) {
            throw new IllegalArgumentException("qcheck must be > 0, got " + v);
        }
        qcheck = v;
        return this;
    }

    /** Backfill from history when the live stream starts. */
    public IbDataParams backfillStart(boolean v) {
        backfillStart = v;
        return this;
    }

    /** Backfill the gap after a disconnection. */
    public IbDataParams backfill(boolean v) {
        backfill = v;
        return this;
    }

    /** Another feed (a CSV file ...) delivered first, before any IB backfill. */
    public IbDataParams backfillFrom(DataFeed v) {
        backfillFrom = v;
        return this;
    }

    /** Let samples older than the last delivered bar through (into the bar in progress). */
    public IbDataParams latethrough(boolean v) {
        latethrough = v;
        return this;
    }

    /** A second contract used for trading (orders and positions). */
    public IbDataParams tradename(String v) {
        tradename = v;
        return this;
    }

    /** Display zone (tz database or TWS name); null takes the contract's zone. */
    public IbDataParams tz(String v) {
        tz = v;
        return this;
    }

    /** First bar time wanted, UTC epoch nanoseconds. */
    public IbDataParams fromdate(long v) {
        fromdate = v;
        return this;
    }

    /** Last bar time wanted (historical), UTC epoch nanoseconds. */
    public IbDataParams todate(long v) {
        todate = v;
        return this;
    }

    /** Bar size the feed delivers (Ticks: every trade). */
    public IbDataParams timeframe(TimeFrame tf, int comp) {
        if (comp < 1) {
            throw new IllegalArgumentException("compression must be >= 1, got " + comp);
        }
        timeframe = tf;
        compression = comp;
        return this;
    }

    /** Session end (daily bars close there), a time of day in the feed's zone. */
    public IbDataParams sessionEnd(LocalTime v) {
        sessionEnd = v;
        return this;
    }

    /** The timeframe. */
    public TimeFrame timeframe() {
        return timeframe;
    }

    /** The compression. */
    public int compression() {
        return compression;
    }
}
