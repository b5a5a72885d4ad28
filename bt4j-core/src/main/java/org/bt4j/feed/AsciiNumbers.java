package org.bt4j.feed;

import java.nio.charset.StandardCharsets;

/**
 * Parses numbers straight from ASCII bytes, giving exactly what Python's {@code float()} and
 * {@code int()} give for the same text. Decimal text with at most 15 significant digits and a
 * small exponent (all prices and volumes in practice) takes an allocation-free exact path
 * (Clinger's fast path: one correctly rounded multiplication or division); anything else falls
 * back to {@link Double#parseDouble}. Stateless and thread-safe.
 */
final class AsciiNumbers {

    private static final double[] POW10 = new double[23];

    static {
        double p = 1;
        for (int i = 0; i < POW10.length; i++) {
            POW10[i] = p;
            p *= 10;
        }
    }

    private AsciiNumbers() {
    }

    /**
     * The double written in {@code b[start, end)} (surrounding blanks ignored).
     *
     * @throws NumberFormatException when the text is not a number Python would accept
     */
    static double parseDouble(byte[] b, int start, int end) {
        int s = start;
        int e = end;
        while (s < e && b[s] <= ' ') {
            s++;
        }
        while (e > s && b[e - 1] <= ' ') {
            e--;
        }
        if (s == e) {
            throw new NumberFormatException("empty");
        }
        int i = s;
        boolean neg = false;
        if (b[i] == '-') {
            neg = true;
            i++;
        } else if (b[i] == '+') {
            i++;
        }
        long mantissa = 0;
        int significant = 0;
        int exp10 = 0;
        boolean anyDigit = false;
        while (i < e) {
            int c = b[i] - '0';
            if (c < 0 || c > 9) {
                break;
            }
            anyDigit = true;
            mantissa = mantissa * 10 + c;
            if (mantissa != 0) {
                significant++;
            }
            if (significant > 15) {
                return slow(b, s, e);
            }
            i++;
        }
        if (i < e && b[i] == '.') {
            i++;
            while (i < e) {
                int c = b[i] - '0';
                if (c < 0 || c > 9) {
                    break;
                }
                anyDigit = true;
                mantissa = mantissa * 10 + c;
                if (mantissa != 0) {
                    significant++;
                }
                if (significant > 15) {
                    return slow(b, s, e);
                }
                exp10--;
                i++;
            }
        }
        if (!anyDigit) {
            return slow(b, s, e);
        }
        if (i < e && (b[i] == 'e' || b[i] == 'E')) {
            i++;
            boolean expNeg = false;
            if (i < e && (b[i] == '-' || b[i] == '+')) {
                expNeg = b[i] == '-';
                i++;
            }
            if (i == e) {
                throw bad(b, s, e);
            }
            int x = 0;
            while (i < e) {
                int c = b[i] - '0';
                if (c < 0 || c > 9) {
                    throw bad(b, s, e);
                }
                if (x > 100_000) {
                    return slow(b, s, e);
                }
                x = x * 10 + c;
                i++;
            }
            exp10 += expNeg ? -x : x;
        }
        if (i != e) {
            return slow(b, s, e);
        }
        double v;
        if (mantissa == 0) {
            v = 0.0;
        } else if (exp10 == 0) {
            v = mantissa;
        } else if (exp10 < 0 && exp10 >= -22) {
            v = mantissa / POW10[-exp10];
        } else if (exp10 > 0 && exp10 <= 22) {
            v = mantissa * POW10[exp10];
        } else {
            return slow(b, s, e);
        }
        return neg ? -v : v;
    }

    /** Full-text path: Python's special values, long mantissas, large exponents. */
    private static double slow(byte[] b, int s, int e) {
        String t = new String(b, s, e - s, StandardCharsets.ISO_8859_1);
        String body = t.startsWith("-") || t.startsWith("+") ? t.substring(1) : t;
        String lower = body.toLowerCase(java.util.Locale.ROOT);
        double sign = t.startsWith("-") ? -1.0 : 1.0;
        if (lower.equals("nan")) {
            return Double.NaN;
        }
        if (lower.equals("inf") || lower.equals("infinity")) {
            return sign * Double.POSITIVE_INFINITY;
        }
        boolean digit = false;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (c != '.' && c != 'e' && c != 'E' && c != '-' && c != '+') {
                throw bad(b, s, e);
            }
        }
        if (!digit) {
            throw bad(b, s, e);
        }
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException ex) {
            throw bad(b, s, e);
        }
    }

    /**
     * The non-negative decimal integer in {@code b[start, end)}, or -1 when the text is not all
     * digits (or is empty or too long).
     */
    static long parseDigits(byte[] b, int start, int end) {
        if (start >= end || end - start > 18) {
            return -1;
        }
        long v = 0;
        for (int i = start; i < end; i++) {
            int c = b[i] - '0';
            if (c < 0 || c > 9) {
                return -1;
            }
            v = v * 10 + c;
        }
        return v;
    }

    private static NumberFormatException bad(byte[] b, int s, int e) {
        return new NumberFormatException("not a number: '" + new String(b, s, e - s, StandardCharsets.ISO_8859_1) + "'");
    }
}
