package org.bt4j.analyzer;

import org.bt4j.time.TimeFrame;

/**
 * backtrader's {@code TimeDrawDown}: the drawdown measured once per period (at its first bar),
 * giving {@code {maxdrawdown (%), maxdrawdownperiod (periods)}}. Engine thread only.
 */
public final class TimeDrawDown extends TimeFrameAnalyzerBase {

    private Boolean fund;
    private boolean fundMode;
    private double dd;
    private double maxDd;
    private int ddLen;
    private int maxDdLen;
    private double peak;

    /** Periods of the data's time frame. */
    public TimeDrawDown() {
        super(null, 0);
    }

    /** Periods of {@code timeFrame}/{@code compression} (null/0: the data's). */
    public TimeDrawDown(TimeFrame timeFrame, int compression) {
        super(timeFrame, compression);
    }

    /** Force fund mode on or off (null: the broker's). */
    public TimeDrawDown fund(Boolean on) {
        this.fund = on;
        return this;
    }

    /** The largest drawdown so far, in percent. */
    double maxDrawDown() {
        return maxDd;
    }

    @Override
    protected void onStart() {
        fundMode = fundMode(fund);
        dd = 0.0;
        maxDd = 0.0;
        ddLen = 0;
        peak = Double.NEGATIVE_INFINITY;
        maxDdLen = 0;
    }

    @Override
    protected void onDtOver() {
        double value = fundMode ? strategy.broker().fundValue() : strategy.broker().getValue();
        if (value > peak) {
            peak = value;
            ddLen = 0;
        }
        dd = 100.0 * (peak - value) / peak;
        ddLen += dd != 0 ? 1 : 0;
        maxDd = Math.max(maxDd, dd);
        maxDdLen = Math.max(maxDdLen, ddLen);
    }

    @Override
    protected void onStop() {
        rets.put("maxdrawdown", maxDd);
        rets.put("maxdrawdownperiod", maxDdLen);
    }
}
