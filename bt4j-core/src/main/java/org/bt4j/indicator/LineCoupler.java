package org.bt4j.indicator;

import org.bt4j.feed.DataFeed;
import org.bt4j.line.Indicator;
import org.bt4j.line.Line;
import org.bt4j.line.LineSeries;

/**
 * backtrader's {@code LineCoupler} (what {@code pp.s1()} builds): a line of a slower clock (an
 * indicator on a monthly resample, say) read on a faster one. On every bar of its clock it holds
 * the source's latest value — NaN until the source has one — so line arithmetic mixing the two
 * timeframes ({@code close < s1}) is computed on the fast clock. Vectorised, each bar takes the
 * source's last value whose bar time is not later. Engine thread only.
 */
public final class LineCoupler extends Indicator {

    /** {@code source} read on {@code clock}'s bars. */
    public LineCoupler(Line source, LineSeries clock) {
        super(new String[] {"coupled"}, clock, source);
    }

    @Override
    protected void next() {
        Line src = input(0);
        out(0).set(0, src.len() > 0 ? src.get(0) : Double.NaN);
    }

    @Override
    protected void once(int start, int end) {
        long[] times = root(clock()).datetime().array();
        DataFeed srcClock = root(clockOf(input(0)));
        long[] srcTimes = srcClock.datetime().array();
        double[] src = input(0).buffer().array();
        double[] out = out(0).array();
        int n = Math.min(srcClock.size(), src.length);
        int j = -1;
        for (int i = start; i < end; i++) {
            while (j + 1 < n && srcTimes[j + 1] <= times[i]) {
                j++;
            }
            out[i] = j >= 0 ? src[j] : Double.NaN;
        }
    }

    private static DataFeed root(LineSeries clock) {
        LineSeries c = clock;
        while (c instanceof Indicator) {
            c = ((Indicator) c).clock();
        }
        if (!(c instanceof DataFeed)) {
            throw new IllegalArgumentException("a coupled line needs lines rooted in data feeds, got " + c);
        }
        return (DataFeed) c;
    }
}
