package org.bt4j.analyzer;

import java.util.ArrayDeque;
import org.bt4j.time.TimeFrame;

/**
 * backtrader's {@code Calmar}: per period (default Months) the annualised log return over a
 * rolling window of {@code period} (default 36) values divided by the maximum drawdown so far
 * (from a child {@link TimeDrawDown}); {@code nan} until the window is full. Keys are period keys.
 * Engine thread only.
 */
public final class Calmar extends TimeFrameAnalyzerBase {

    private final int period;
    private Boolean fund;
    private boolean fundMode;
    private final TimeDrawDown maxDd;
    private final ArrayDeque<Double> values = new ArrayDeque<>();
    private double mdd;

    /** Months, 36 periods. */
    public Calmar() {
        this(TimeFrame.Months, 1, 36);
    }

    /** Periods of {@code timeFrame}/{@code compression}, a window of {@code period} values. */
    public Calmar(TimeFrame timeFrame, int compression, int period) {
        super(timeFrame, compression);
        if (period < 1) {
            throw new IllegalArgumentException("Calmar period must be >= 1, got " + period);
        }
        this.period = period;
        this.maxDd = addChild(new TimeDrawDown(timeFrame, compression));
    }

    /** Force fund mode on or off (null: the broker's). */
    public Calmar fund(Boolean on) {
        this.fund = on;
        maxDd.fund(on);
        return this;
    }

    @Override
    protected void onStart() {
        mdd = Double.NEGATIVE_INFINITY;
        values.clear();
        for (int i = 0; i < period; i++) {
            values.add(Double.NaN);
        }
        fundMode = fundMode(fund);
        push();
    }

    private void push() {
        values.addLast(fundMode ? strategy.broker().fundValue() : strategy.broker().getValue());
        if (values.size() > period) {
            values.removeFirst();
        }
    }

    @Override
    protected void onStop() {
        onDtOver();
    }

    @Override
    protected void onDtOver() {
        mdd = Math.max(mdd, maxDd.maxDrawDown());
        push();
        double rann = Math.log(values.peekLast() / values.peekFirst()) / values.size();
        double divisor = mdd != 0 ? mdd : Double.POSITIVE_INFINITY; // Python: mdd or inf
        rets.put(dtKey, rann / divisor);
    }
}
