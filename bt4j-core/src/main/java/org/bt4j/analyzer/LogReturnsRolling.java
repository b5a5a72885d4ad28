package org.bt4j.analyzer;

import java.util.ArrayDeque;
import org.bt4j.feed.DataFeed;
import org.bt4j.time.TimeFrame;

/**
 * backtrader's {@code LogReturnsRolling}: per period, {@code ln(value / value compression periods
 * ago)} of the broker value (or of a data's close), keyed by the period. Engine thread only.
 */
public final class LogReturnsRolling extends TimeFrameAnalyzerBase {

    private DataFeed tracked;
    private boolean firstOpen = true;
    private Boolean fund;
    private boolean fundMode;
    private final ArrayDeque<Double> values = new ArrayDeque<>();
    private double value;
    private double lastValue;

    /** Periods of the data's time frame. */
    public LogReturnsRolling() {
        super(null, 0);
    }

    /** Periods of {@code timeFrame}/{@code compression} (null/0: the data's). */
    public LogReturnsRolling(TimeFrame timeFrame, int compression) {
        super(timeFrame, compression);
    }

    /** Follows {@code d}'s close instead of the broker value. */
    public LogReturnsRolling data(DataFeed d) {
        this.tracked = d;
        return this;
    }

    /** With a data: start at its first open (default true). */
    public LogReturnsRolling firstOpen(boolean on) {
        this.firstOpen = on;
        return this;
    }

    /** Force fund mode on or off (null: the broker's). */
    public LogReturnsRolling fund(Boolean on) {
        this.fund = on;
        return this;
    }

    @Override
    protected void onStart() {
        fundMode = fundMode(fund);
        values.clear();
        for (int i = 0; i < compression; i++) {
            values.add(Double.NaN);
        }
        if (tracked == null) {
            lastValue = fundMode ? strategy.broker().fundValue() : strategy.broker().getValue();
        }
    }

    @Override
    protected void onFund(double cash, double v, double fundValue, double shares) {
        if (tracked != null) {
            value = tracked.close(0);
        } else {
            value = fundMode ? fundValue : v;
        }
    }

    @Override
    protected void onDtOver() {
        double vst;
        if (tracked == null || tracked.len() > 1) {
            vst = lastValue;
        } else {
            vst = firstOpen ? tracked.open(0) : tracked.close(0);
        }
        values.addLast(vst);
        if (values.size() > compression) {
            values.removeFirst();
        }
    }

    @Override
    protected void onNext() {
        rets.put(dtKey, Math.log(value / values.peekFirst()));
        lastValue = value;
    }
}
