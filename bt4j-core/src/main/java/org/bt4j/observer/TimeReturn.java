package org.bt4j.observer;

import org.bt4j.time.TimeFrame;

/**
 * backtrader's {@code TimeReturn} observer: line {@code timereturn}, on every bar the return of
 * the current period so far, from an owned {@link org.bt4j.analyzer.TimeReturn} analyzer with the
 * same time frame (NaN before a period has a value). Engine thread only.
 */
public class TimeReturn extends Observer {

    final org.bt4j.analyzer.TimeReturn treturn;

    /** Periods of the data's time frame. */
    public TimeReturn() {
        this(null, 0);
    }

    /** Periods of {@code timeFrame}/{@code compression} (null/0: the data's). */
    public TimeReturn(TimeFrame timeFrame, int compression) {
        this(timeFrame, compression, new String[] {"timereturn"});
    }

    TimeReturn(TimeFrame timeFrame, int compression, String[] names) {
        super(names);
        treturn = addAnalyzer(new org.bt4j.analyzer.TimeReturn(timeFrame, compression));
    }

    /** Forces fund mode on or off (null: the broker's); call before the run. */
    public TimeReturn fund(Boolean on) {
        treturn.fund(on);
        return this;
    }

    static double current(org.bt4j.analyzer.TimeFrameAnalyzerBase a, String key) {
        Object v = key == null ? null : a.analysis().get(key);
        return v == null ? Double.NaN : ((Number) v).doubleValue();
    }

    @Override
    protected void onNext() {
        out(0).set(0, current(treturn, treturn.dtKey()));
    }
}
