package org.bt4j.analyzer;

import java.util.ArrayList;
import java.util.List;
import org.bt4j.time.TimeFrame;

/**
 * backtrader's {@code PeriodStats}: statistics of the per-period returns of a child
 * {@link TimeReturn} (default Years): {@code average, stddev, positive, negative, nochange,
 * best, worst}; {@code zeroispos} counts zero returns as positive. Engine thread only.
 */
public final class PeriodStats extends TimeFrameAnalyzerBase {

    private boolean zeroIsPos;
    private final TimeReturn timeReturn;

    /** Years. */
    public PeriodStats() {
        this(TimeFrame.Years, 1);
    }

    /** Returns per {@code timeFrame}/{@code compression}. */
    public PeriodStats(TimeFrame timeFrame, int compression) {
        super(timeFrame, compression);
        this.timeReturn = addChild(new TimeReturn(timeFrame, compression));
    }

    /** Count zero returns as positive (default false: as no change). */
    public PeriodStats zeroIsPos(boolean on) {
        this.zeroIsPos = on;
        return this;
    }

    /** Force fund mode on or off (null: the broker's). */
    public PeriodStats fund(Boolean on) {
        timeReturn.fund(on);
        return this;
    }

    @Override
    protected void onStart() {
        rets.put("average", 0.0);
        rets.put("stddev", 0.0);
        rets.put("positive", 0);
        rets.put("negative", 0);
        rets.put("nochange", 0);
        rets.put("best", 0.0);
        rets.put("worst", 0.0);
    }

    @Override
    protected void onStop() {
        List<Double> trets = new ArrayList<>();
        for (Object v : timeReturn.analysis().values()) {
            trets.add((Double) v);
        }
        int pos = 0;
        int neg = 0;
        int nul = 0;
        for (double r : trets) {
            if (r > 0.0) {
                pos++;
            } else if (r < 0.0) {
                neg++;
            } else if (r == 0.0) {
                if (zeroIsPos) {
                    pos++;
                } else {
                    nul++;
                }
            }
        }
        double avg = average(trets, false);
        rets.put("average", avg);
        rets.put("stddev", standardDev(trets, avg, false));
        rets.put("positive", pos);
        rets.put("negative", neg);
        rets.put("nochange", nul);
        rets.put("best", pyMax(trets));
        rets.put("worst", pyMin(trets));
    }

    /** Python's max(): the first of equal maxima; NaN comparisons are false. */
    private static double pyMax(List<Double> x) {
        double m = x.get(0);
        for (int i = 1; i < x.size(); i++) {
            if (x.get(i) > m) {
                m = x.get(i);
            }
        }
        return m;
    }

    private static double pyMin(List<Double> x) {
        double m = x.get(0);
        for (int i = 1; i < x.size(); i++) {
            if (x.get(i) < m) {
                m = x.get(i);
            }
        }
        return m;
    }
}
