package org.bt4j.feed;

/**
 * The rules every loaded bar must keep (refused unless the user accepts bad bars): prices finite
 * and positive, high at or above max(open, close), low at or below min(open, close), high at or
 * above low, volume finite and not negative. A NaN field counts as absent (a file without that
 * column) and is not checked. Used by CSV feeds, bt4j bar files and the gateway's tapes, so all
 * name the same problem in the same words. Stateless.
 */
public final class BarRules {

    private BarRules() {
    }

    /** What is wrong with the bar, in a few words for after {@code file:line: }, or null when nothing. */
    public static String problem(double open, double high, double low, double close, double volume) {
        return problem(open, high, low, close, volume, true);
    }

    /** The same for a bar that has every field: a NaN is a bad value, not an absent one. */
    public static String problemOfComplete(double open, double high, double low, double close, double volume) {
        return problem(open, high, low, close, volume, false);
    }

    /**
     * Whether the bar has every field and keeps every rule, so {@link #problem} is null; false
     * means only "ask {@link #problem}" (a NaN field may be absent). Allocates nothing: the
     * check of each bar of a bulk load. Eight comparisons imply the rest: the open and the close
     * lie between a low above zero and a finite high, so all four are finite and positive and the
     * high is at or above the low; a NaN fails the comparison it is in.
     */
    static boolean plainlyValid(double open, double high, double low, double close, double volume) {
        double inf = Double.POSITIVE_INFINITY;
        return low > 0 && high < inf && low <= open && low <= close && high >= open && high >= close
            && volume >= 0 && volume < inf;
    }

    private static String problem(double open, double high, double low, double close, double volume, boolean nanAbsent) {
        String[] names = {"close", "low", "high", "open"};
        double[] v = {close, low, high, open};
        for (int f = 0; f < v.length; f++) {
            if (Double.isNaN(v[f]) && nanAbsent) {
                continue;
            }
            if (!Double.isFinite(v[f])) {
                return names[f] + " is " + v[f] + ", not a finite price";
            }
            if (!(v[f] > 0)) {
                return names[f] + " is " + v[f] + ", not a positive price";
            }
        }
        if (!(Double.isNaN(volume) && nanAbsent) && !(volume >= 0 && volume < Double.POSITIVE_INFINITY)) {
            return "volume is " + volume + ", not a finite number >= 0";
        }
        double top = Math.max(orElse(open, close), orElse(close, open));
        double bottom = Math.min(orElse(open, close), orElse(close, open));
        if (high < top) {
            return "high " + high + " is below the " + (top == open ? "open " : "close ") + top;
        }
        if (low > bottom) {
            return "low " + low + " is above the " + (bottom == open ? "open " : "close ") + bottom;
        }
        if (high < low) {
            return "high " + high + " is below the low " + low;
        }
        return null;
    }

    private static double orElse(double v, double other) {
        return Double.isNaN(v) ? other : v;
    }
}
