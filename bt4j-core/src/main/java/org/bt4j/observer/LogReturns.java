package org.bt4j.observer;

import org.bt4j.analyzer.LogReturnsRolling;
import org.bt4j.time.TimeFrame;

/**
 * backtrader's {@code LogReturns} observer: line {@code logret1}, on every bar the rolling log
 * return of the current period, from an owned {@link LogReturnsRolling} analyzer. Engine thread only.
 */
public final class LogReturns extends Observer {

    private final LogReturnsRolling logret;

    /** Periods of the data's time frame. */
    public LogReturns() {
        this(null, 0);
    }

    /** Periods of {@code timeFrame}/{@code compression} (null/0: the data's). */
    public LogReturns(TimeFrame timeFrame, int compression) {
        super("logret1");
        logret = addAnalyzer(new LogReturnsRolling(timeFrame, compression));
    }

    /** Forces fund mode on or off (null: the broker's); call before the run. */
    public LogReturns fund(Boolean on) {
        logret.fund(on);
        return this;
    }

    @Override
    protected void onNext() {
        out(0).set(0, TimeReturn.current(logret, logret.dtKey()));
    }
}
