package org.bt4j.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;
import java.util.function.IntToDoubleFunction;
import org.bt4j.feed.DataFeed;
import org.bt4j.line.Indicator;
import org.bt4j.line.Line;
import org.bt4j.line.LineContext;

/**
 * Test helper for the per-indicator tests: hand-built inputs, runs in both modes (through
 * {@link Runs#both}), series assertions, and naive reference formulas (plain loops, NaN in → NaN
 * out) to compare composite indicators with an independent computation.
 */
final class Hand {

    /** Relative tolerance against the reference formulas (different summation order). */
    static final double TOL = 1e-9;

    private Hand() {
    }

    // ---- inputs and runs ------------------------------------------------------------------

    /** {@code 1, 2, ..., n}. */
    static double[] ramp(int n) {
        return series(n, i -> i + 1);
    }

    /** {@code f(0), ..., f(n - 1)}. */
    static double[] series(int n, IntToDoubleFunction f) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = f.applyAsDouble(i);
        }
        return x;
    }

    /** A feed of bars given as rows {@code {open, high, low, close}}. */
    static ArrayFeed feed(double[][] ohlc) {
        int n = ohlc.length;
        long[] t = new long[n];
        double[][] cols = new double[4][n];
        for (int i = 0; i < n; i++) {
            t[i] = i * 86_400_000_000_000L;
            for (int c = 0; c < 4; c++) {
                cols[c][i] = ohlc[i][c];
            }
        }
        return new ArrayFeed(t, cols[0], cols[1], cols[2], cols[3], new double[n]);
    }

    /** Rows {@code {x, x, x, x}}: bars whose every price is {@code x}. */
    static double[][] flat(double... x) {
        double[][] b = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            b[i] = new double[] {x[i], x[i], x[i], x[i]};
        }
        return b;
    }

    /** {@code n} irregular bars {open, high, low, close} around {@link #wave(int)}. */
    static double[][] bars(int n) {
        double[] mid = wave(n);
        double[][] b = new double[n][];
        for (int i = 0; i < n; i++) {
            double m = mid[i];
            b[i] = new double[] {m - 0.2 * Math.cos(i), m + 1 + (i % 3) * 0.5, m - 1 - (i % 2) * 0.7,
                m + 0.6 * Math.sin(2 * i)};
        }
        return b;
    }

    /** Column {@code c} (0 open, 1 high, 2 low, 3 close) of {@code ohlc} rows. */
    static double[] column(double[][] ohlc, int c) {
        return series(ohlc.length, i -> ohlc[i][c]);
    }

    /** The indicator made on the close line of a feed of {@code closes}, run in both modes (checked equal). */
    static Runs.Result onCloses(Function<Line, ? extends Indicator> make, double... closes) {
        return Runs.both(() -> ArrayFeed.ofCloses(closes), f -> make.apply(f.close()));
    }

    /** The indicator made on a feed of {@code ohlc} rows, run in both modes (checked equal). */
    static Runs.Result onBars(Function<DataFeed, ? extends Indicator> make, double[][] ohlc) {
        return Runs.both(() -> feed(ohlc), make);
    }

    /** The message of the IllegalArgumentException {@code make} throws on a small feed. */
    static String rejects(Function<ArrayFeed, ?> make) {
        try (LineContext ignored = LineContext.open()) {
            ArrayFeed f = ArrayFeed.ofCloses(1, 2, 3);
            return assertThrows(IllegalArgumentException.class, () -> make.apply(f)).getMessage();
        }
    }

    // ---- assertions -----------------------------------------------------------------------

    /** Line {@code k} is called {@code name}. */
    static void assertName(Runs.Result r, int k, String name) {
        assertEquals(name, r.indicator().lineName(k), "line " + k + " name");
    }

    /** The names of all lines, in order. */
    static void assertNames(Runs.Result r, String... names) {
        assertEquals(names.length, r.indicator().lineCount(), "line count");
        for (int k = 0; k < names.length; k++) {
            assertName(r, k, names[k]);
        }
    }

    /** The indicator's minimum period is {@code mp} and line {@code k} is NaN exactly before bar {@code mp - 1}. */
    static void assertWarmup(Runs.Result r, int k, int mp) {
        assertEquals(mp, r.indicator().minPeriod(), "minimum period");
        assertFirstValue(r.line(k), mp - 1);
    }

    /** {@code line} is NaN before {@code first} and has a value there. */
    static void assertFirstValue(double[] line, int first) {
        for (int i = 0; i < first; i++) {
            assertTrue(Double.isNaN(line[i]), "no value expected at bar " + i + ", got " + line[i]);
        }
        assertFalse(Double.isNaN(line[first]), "a value expected at bar " + first);
    }

    /** Line {@code k} equals {@code expected} bar for bar (NaN where NaN; else within {@link #TOL}). */
    static void assertLine(Runs.Result r, int k, double... expected) {
        assertSeries(expected, r.line(k), r.indicator().lineName(k));
    }

    /** {@code actual} equals {@code expected} bar for bar (NaN where NaN; else within {@link #TOL}). */
    static void assertSeries(double[] expected, double[] actual, String what) {
        assertEquals(expected.length, actual.length, what + ": length");
        for (int i = 0; i < expected.length; i++) {
            double e = expected[i];
            double a = actual[i];
            boolean ok = Double.isNaN(e) ? Double.isNaN(a)
                : e == a || Math.abs(e - a) <= TOL * Math.max(1.0, Math.abs(e));
            if (!ok) {
                throw new AssertionError(what + " bar " + i + ": expected " + e + " but was " + a
                    + "\n expected " + Arrays.toString(expected) + "\n actual   " + Arrays.toString(actual));
            }
        }
    }

    /**
     * An {@code <MA>Envelope} over {@code x}: line 0 is the average (same name and values as
     * {@code average} alone), {@code top}/{@code bot} are it times {@code 1 +- perc/100}, all from
     * bar {@code mp - 1} on.
     */
    static void assertEnvelope(double[] x, Function<Line, ? extends Indicator> envelope,
                               Function<Line, ? extends Indicator> average, double perc, int mp) {
        Runs.Result env = onCloses(envelope, x);
        Runs.Result ma = onCloses(average, x);
        assertNames(env, ma.indicator().lineName(0), "top", "bot");
        assertWarmup(env, 1, mp);
        assertFirstValue(env.line(2), mp - 1);
        assertLine(env, 0, ma.line(0));
        assertLine(env, 1, map(ma.line(0), m -> m * (1 + perc / 100)));
        assertLine(env, 2, map(ma.line(0), m -> m * (1 - perc / 100)));
    }

    /** An {@code <MA>Oscillator} over {@code x}: {@code x - average}, named as the average, from bar {@code mp - 1}. */
    static void assertOscillator(double[] x, Function<Line, ? extends Indicator> oscillator,
                                 Function<Line, ? extends Indicator> average, int mp) {
        Runs.Result osc = onCloses(oscillator, x);
        Runs.Result ma = onCloses(average, x);
        assertNames(osc, ma.indicator().lineName(0));
        assertWarmup(osc, 0, mp);
        assertLine(osc, 0, zip(x, ma.line(0), (a, b) -> a - b));
    }

    /** A wavy upward test series of {@code n} values (no two consecutive changes alike). */
    static double[] wave(int n) {
        return series(n, i -> 50 + 3 * Math.sin(i) + 0.5 * i);
    }

    // ---- naive reference formulas -----------------------------------------------------------

    /** Element-wise {@code f(a[i])}. */
    static double[] map(double[] a, DoubleUnaryOperator f) {
        return series(a.length, i -> f.applyAsDouble(a[i]));
    }

    /** Element-wise {@code f(a[i], b[i])}. */
    static double[] zip(double[] a, double[] b, DoubleBinaryOperator f) {
        return series(a.length, i -> f.applyAsDouble(a[i], b[i]));
    }

    /** {@code x[i - k]} (NaN before). */
    static double[] delay(double[] x, int k) {
        return series(x.length, i -> i >= k ? x[i - k] : Double.NaN);
    }

    /** Plain sum of {@code x[i - n + 1 .. i]}; NaN when the window is short or holds a NaN. */
    static double[] sum(double[] x, int n) {
        return series(x.length, i -> {
            if (i < n - 1) {
                return Double.NaN;
            }
            double s = 0;
            for (int j = i - n + 1; j <= i; j++) {
                s += x[j];
            }
            return s;
        });
    }

    /** Simple moving average. */
    static double[] sma(double[] x, int n) {
        return map(sum(x, n), s -> s / n);
    }

    /** Weighted moving average, weights 1..n (newest heaviest). */
    static double[] wma(double[] x, int n) {
        double den = n * (n + 1) / 2.0;
        return series(x.length, i -> {
            if (i < n - 1) {
                return Double.NaN;
            }
            double s = 0;
            for (int j = 0; j < n; j++) {
                s += (j + 1) * x[i - n + 1 + j];
            }
            return s / den;
        });
    }

    /** Exponential smoothing with {@code alpha}, seeded with the SMA of the first full window of values. */
    static double[] smooth(double[] x, int n, double alpha) {
        double[] seed = sma(x, n);
        double[] out = new double[x.length];
        double prev = Double.NaN;
        for (int i = 0; i < x.length; i++) {
            prev = Double.isNaN(prev) ? seed[i] : prev * (1 - alpha) + x[i] * alpha;
            out[i] = prev;
        }
        return out;
    }

    /** EMA: smoothing with alpha {@code 2 / (n + 1)}. */
    static double[] ema(double[] x, int n) {
        return smooth(x, n, 2.0 / (n + 1));
    }

    /** Wilder's smoothed average: alpha {@code 1 / n}. */
    static double[] smma(double[] x, int n) {
        return smooth(x, n, 1.0 / n);
    }

    /** True range {@code max(high, close[-1]) - min(low, close[-1])} of {@code ohlc} rows (NaN on bar 0). */
    static double[] trueRange(double[][] ohlc) {
        return series(ohlc.length, i -> i == 0 ? Double.NaN
            : Math.max(ohlc[i][1], ohlc[i - 1][3]) - Math.min(ohlc[i][2], ohlc[i - 1][3]));
    }

    /**
     * Wilder's RSI {@code 100 - 100 / (1 + avg(up) / avg(down))} with up/down the gains/losses
     * against {@code lookback} bars ago, averaged by {@code avg}.
     */
    static double[] rsi(double[] x, int period, int lookback, java.util.function.BiFunction<double[], Integer, double[]> avg) {
        double[] past = delay(x, lookback);
        double[] up = avg.apply(zip(x, past, (a, b) -> Double.isNaN(b) ? Double.NaN : Math.max(a - b, 0)), period);
        double[] down = avg.apply(zip(x, past, (a, b) -> Double.isNaN(b) ? Double.NaN : Math.max(b - a, 0)), period);
        return zip(up, down, (u, d) -> 100 - 100 / (1 + u / d));
    }

    /** Highest of the last {@code n} values. */
    static double[] highest(double[] x, int n) {
        return series(x.length, i -> {
            if (i < n - 1) {
                return Double.NaN;
            }
            double m = x[i];
            for (int j = i - n + 1; j < i; j++) {
                m = Math.max(m, x[j]);
            }
            return m;
        });
    }

    /** Lowest of the last {@code n} values. */
    static double[] lowest(double[] x, int n) {
        return map(highest(map(x, v -> -v), n), v -> -v);
    }
}
