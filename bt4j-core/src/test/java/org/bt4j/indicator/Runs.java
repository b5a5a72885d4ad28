package org.bt4j.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.function.Function;
import java.util.function.Supplier;
import org.bt4j.feed.DataFeed;
import org.bt4j.line.Indicator;
import org.bt4j.line.LineContext;
import org.bt4j.util.PyFormat;

/** Test helper: builds an indicator on a fresh feed and runs it in one or both modes. */
final class Runs {

    private Runs() {
    }

    /** The result of one run: the indicator and a copy of each output line. */
    record Result(Indicator indicator, double[][] lines) {
        double[] line(int i) {
            return lines[i];
        }
    }

    static Result run(IndicatorRun.Mode mode, DataFeed feed, Function<DataFeed, ? extends Indicator> make) {
        Indicator ind;
        try (LineContext ctx = LineContext.open()) {
            ind = make.apply(feed);
            IndicatorRun.run(mode, feed, ctx.indicators());
        }
        double[][] out = new double[ind.lineCount()][];
        for (int k = 0; k < out.length; k++) {
            out[k] = Arrays.copyOf(ind.line(k).buffer().array(), feed.size());
        }
        return new Result(ind, out);
    }

    /** Runs in both modes on two fresh feeds, asserts bit-identical lines, returns the ONCE run. */
    static Result both(Supplier<? extends DataFeed> feeds, Function<DataFeed, ? extends Indicator> make) {
        Result once = run(IndicatorRun.Mode.ONCE, feeds.get(), make);
        Result next = run(IndicatorRun.Mode.NEXT, feeds.get(), make);
        assertEquals(once.indicator().minPeriod(), next.indicator().minPeriod());
        for (int k = 0; k < once.lines.length; k++) {
            double[] a = once.lines[k];
            double[] b = next.lines[k];
            for (int i = 0; i < a.length; i++) {
                if (Double.doubleToLongBits(a[i]) != Double.doubleToLongBits(b[i])) {
                    fail(once.indicator() + " line " + k + " bar " + i + ": once " + a[i] + " next " + b[i]);
                }
            }
        }
        return once;
    }

    /**
     * Asserts that output line {@code k} is called {@code name} and prints, with backtrader's
     * {@code '%.6f'}, as {@code values} at {@code bars} (the checkpoints of backtrader's own tests).
     */
    static void assertFixed6(Result r, int k, String name, int[] bars, String... values) {
        assertEquals(name, r.indicator().lineName(k));
        assertEquals(bars.length, values.length, "one value per checkpoint bar");
        for (int i = 0; i < bars.length; i++) {
            assertEquals(values[i], PyFormat.fixed(r.line(k)[bars[i]], 6), name + " bar " + bars[i]);
        }
    }
}
