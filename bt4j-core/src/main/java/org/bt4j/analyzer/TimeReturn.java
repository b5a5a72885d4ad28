package org.bt4j.analyzer;

import org.bt4j.feed.DataFeed;
import org.bt4j.time.TimeFrame;

/**
 * backtrader's {@code TimeReturn}: the return of each period, {@code value_end / value_start - 1},
 * keyed by the period (see {@link TimeFrameAnalyzerBase}). Without a data it follows the broker's
 * value (or fund value in fund mode), the start of a period being the last value of the previous
 * one; with a data it follows that data's close, the first period starting at its open
 * ({@code firstopen}). Engine thread only.
 */
public final class TimeReturn extends TimeFrameAnalyzerBase {

    private DataFeed tracked;
    private boolean firstOpen = true;
    private Boolean fund;
    private boolean fundMode;
    private double valueStart;
    private double value;
    private double lastValue;
    private boolean haveLast;
    /** The current period's return, put into the results when the period ends or they are read. */
    private double periodReturn;
    private String periodKey;

    /** Periods of the data's time frame, following the broker value. */
    public TimeReturn() {
        super(null, 0);
    }

    /** Periods of {@code timeFrame}/{@code compression} (null/0: the data's). */
    public TimeReturn(TimeFrame timeFrame, int compression) {
        super(timeFrame, compression);
    }

    /** Follows {@code d}'s close instead of the broker value. */
    public TimeReturn data(DataFeed d) {
        this.tracked = d;
        return this;
    }

    /** With a data: start the first period at its open (default true) rather than its close. */
    public TimeReturn firstOpen(boolean on) {
        this.firstOpen = on;
        return this;
    }

    /** Force fund mode on or off (null: the broker's). */
    public TimeReturn fund(Boolean on) {
        this.fund = on;
        return this;
    }

    /** backtrader's {@code data}, {@code firstopen} and {@code fund} after the period's. */
    @Override
    public java.util.Map<String, Object> params() {
        java.util.Map<String, Object> p = super.params();
        p.put("data", tracked == null ? null : tracked.name());
        p.put("firstopen", firstOpen);
        p.put("fund", fund);
        return p;
    }

    @Override
    protected void onStart() {
        fundMode = fundMode(fund);
        valueStart = 0.0;
        haveLast = tracked == null;
        if (haveLast) {
            lastValue = fundMode ? strategy.broker().fundValue() : strategy.broker().getValue();
        }
    }

    @Override
    protected void onFund(double cash, double v, double fundValue, double shares) {
        if (tracked == null) {
            value = fundMode ? fundValue : v;
        } else {
            value = tracked.close(0);
        }
    }

    @Override
    protected void onDtOver() {
        publish();
        if (tracked == null || haveLast) {
            valueStart = lastValue;
        } else {
            valueStart = firstOpen ? tracked.open(0) : tracked.close(0);
        }
    }

    @Override
    protected void onNext() {
        periodReturn = value / valueStart - 1.0;
        periodKey = dtKey;
        lastValue = value;
        haveLast = true;
    }

    @Override
    protected void onStop() {
        publish();
    }

    /** The returns by period, the current one included. */
    @Override
    public java.util.Map<String, Object> analysis() {
        publish();
        return rets;
    }

    private void publish() {
        if (periodKey != null) {
            rets.put(periodKey, periodReturn);
            periodKey = null;
        }
    }
}
