package org.bt4j.bench.compare;

/**
 * The floor of the comparison: BT-SMACROSS (SMA fast/slow CrossOver, long only, market orders
 * filled at the next bar's open, no commission) as one hand-written loop over primitive arrays,
 * with no engine, no objects and no virtual calls. It still computes exactly what backtrader
 * computes, so it reproduces the reference numbers by itself:
 * <ul>
 *   <li>SMA = {@code math.fsum(window) / period}. The window sums are kept as 64-bit integers in
 *       units of {@code 2^-shift}, where {@code shift} makes every close an exact integer (every
 *       double at or above the smallest close is a multiple of that smallest close's ulp), so the
 *       running sum is exact and one {@code long -> double} conversion rounds it once, as fsum
 *       does;</li>
 *   <li>NonZeroDifference and CrossOver as in backtrader-test-anchors.md §1;</li>
 *   <li>bar order: fill the pending order at this bar's open, then indicators, then the
 *       strategy rule on bars from index {@code max(fast, slow)} on.</li>
 * </ul>
 * Stateless; {@link #run} is thread-safe (each call has its own locals).
 */
public final class FusedSmaCross {

    private FusedSmaCross() {
    }

    /** The reference configuration: SMA 10/30, stake 1, start cash 10000. */
    public static SmaCrossResult run(BarColumns bars) {
        return run(bars, 10, 30, 1.0, 10_000.0);
    }

    /**
     * Runs the strategy over every bar of {@code bars}.
     *
     * @throws IllegalArgumentException when a period is below 1, or when the closes span too wide
     *     a range (or are not positive) for the exact 64-bit window sums
     */
    public static SmaCrossResult run(BarColumns bars, int fast, int slow, double stake, double startCash) {
        if (fast < 1 || slow < 1) {
            throw new IllegalArgumentException("periods must be >= 1, got fast=" + fast + " slow=" + slow);
        }
        int n = bars.size();
        double[] open = bars.open();
        double[] close = bars.close();
        int shift = fixedShift(close, n, Math.max(fast, slow));
        double toFixed = Math.scalb(1.0, shift);
        double fromFixed = Math.scalb(1.0, -shift);
        int first = Math.max(fast, slow) - 1;

        long sumFast = 0;
        long sumSlow = 0;
        double nzd = Double.NaN;
        double cash = startCash;
        double position = 0;
        int trades = 0;
        int orders = 0;
        int pending = 0;
        for (int i = 0; i < n; i++) {
            if (pending != 0) {
                double cost = open[i] * stake;
                if (pending > 0) {
                    if (cost <= cash) {
                        cash -= cost;
                        position += stake;
                        orders++;
                    }
                } else {
                    cash += cost;
                    position -= stake;
                    trades++;
                    orders++;
                }
                pending = 0;
            }
            long fixed = (long) (close[i] * toFixed);
            sumFast += fixed;
            if (i >= fast) {
                sumFast -= (long) (close[i - fast] * toFixed);
            }
            sumSlow += fixed;
            if (i >= slow) {
                sumSlow -= (long) (close[i - slow] * toFixed);
            }
            if (i < first) {
                continue;
            }
            double smaFast = (double) sumFast * fromFixed / fast;
            double smaSlow = (double) sumSlow * fromFixed / slow;
            double d = smaFast - smaSlow;
            if (i == first) {
                nzd = d;
                continue;
            }
            boolean up = nzd < 0 && smaFast > smaSlow;
            boolean down = nzd > 0 && smaFast < smaSlow;
            if (d != 0) {
                nzd = d;
            }
            if (position == 0 && up) {
                pending = 1;
            } else if (position > 0 && down) {
                pending = -1;
            }
        }
        double last = n == 0 ? 0 : close[n - 1];
        return new SmaCrossResult(trades, orders, position, cash, cash + position * last);
    }

    /**
     * The power of two that turns every close into an exact integer whose window sums fit in 62
     * bits.
     */
    static int fixedShift(double[] close, int n, int period) {
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (int i = 0; i < n; i++) {
            double c = close[i];
            if (!(c > 0) || c == Double.POSITIVE_INFINITY) {
                throw new IllegalArgumentException("close[" + i + "] = " + c + ": the floor loop needs positive finite prices");
            }
            min = Math.min(min, c);
            max = Math.max(max, c);
        }
        if (n == 0) {
            return 0;
        }
        int shift = 52 - Math.getExponent(min);
        int periodBits = 32 - Integer.numberOfLeadingZeros(period);
        if (Math.getExponent(max) + 1 + shift + periodBits > 62) {
            throw new IllegalArgumentException("closes from " + min + " to " + max
                + " span too many binary orders of magnitude for exact 64-bit window sums");
        }
        return shift;
    }
}
