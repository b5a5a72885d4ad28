package org.bt4j.gateway.history;

import java.util.Locale;

/**
 * A historical request's duration string: {@code <n> <unit>} with unit S, D, W, M or Y
 * ({@code 3600 S}, {@code 1 D}, {@code 2 W}). Immutable.
 *
 * @param amount positive count
 * @param unit   one of S, D, W, M, Y
 */
public record HistDuration(int amount, char unit) {

    /** Parses IB's spelling; null when malformed. */
    public static HistDuration parseOrNull(String s) {
        if (s == null) {
            return null;
        }
        String[] p = s.trim().split("\\s+");
        if (p.length != 2 || !p[0].matches("\\d{1,9}") || p[1].length() != 1) {
            return null;
        }
        char u = p[1].toUpperCase(Locale.ROOT).charAt(0);
        int n = Integer.parseInt(p[0]);
        if ("SDWMY".indexOf(u) < 0 || n <= 0) {
            return null;
        }
        return new HistDuration(n, u);
    }

    /** Nominal length in seconds (a day 86 400 s, a month 30 days, a year 365 days). */
    public long nominalSeconds() {
        return switch (unit) {
            case 'S' -> amount;
            case 'D' -> amount * 86_400L;
            case 'W' -> amount * 7L * 86_400L;
            case 'M' -> amount * 30L * 86_400L;
            default -> amount * 365L * 86_400L;
        };
    }

    /** IB's maximum for this unit (86400 S, 365 D, 52 W, 12 M, 68 Y). */
    public boolean withinUnitMaximum() {
        int max = switch (unit) {
            case 'S' -> 86_400;
            case 'D' -> 365;
            case 'W' -> 52;
            case 'M' -> 12;
            default -> 68;
        };
        return amount <= max;
    }

    @Override
    public String toString() {
        return amount + " " + unit;
    }
}
