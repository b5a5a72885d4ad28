package org.bt4j.feed;

import java.nio.charset.StandardCharsets;

/**
 * Parses numbers straight from ASCII bytes, giving exactly what Python's {@code float()} and
 * {@code int()} give for the same text. Decimal text with at most 15 significant digits and a
 * small exponent (all prices and volumes in practice) takes an allocation-free exact path
 * (Clinger's fast path: one correctly rounded multiplication or division); anything else falls
 * back to {@link Double#parseDouble}. {@link #writeDouble} is the way back: the shortest plain
 * decimal (at most nine decimals) that parses to the same double, or Python's {@code repr}.
 * Stateless and thread-safe.
 */
final class AsciiNumbers {

    private static final double[] POW10 = new double[23];
    private static final long[] LONG_POW10 = new long[19];
    /** Above this a long mantissa is no longer exactly a double. */
    private static final double EXACT_LIMIT = 9007199254740992.0;

    static {
        double p = 1;
        for (int i = 0; i < POW10.length; i++) {
            POW10[i] = p;
            p *= 10;
        }
        long q = 1;
        for (int i = 0; i < LONG_POW10.length; i++) {
            LONG_POW10[i] = q;
            q *= 10;
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
        // the common case in one pass: [-]digits[.digits], at most 15 digits, nothing else
        int i = start;
        boolean neg = i < end && b[i] == '-';
        if (neg) {
            i++;
        }
        long m = 0;
        int digits = 0;
        int dot = -1;
        for (; i < end; i++) {
            int c = b[i] - '0';
            if (c >= 0 && c <= 9) {
                m = m * 10 + c;
                digits++;
            } else if (b[i] == '.' && dot < 0) {
                dot = i;
            } else {
                break;
            }
        }
        int decimals = dot < 0 ? 0 : i - dot - 1;
        if (i == end && digits > 0 && digits <= 15) {
            double v = decimals == 0 ? m : m / POW10[decimals];
            return neg ? -v : v;
        }
        return parseGeneral(b, start, end);
    }

    /** Python's whitespace for float(): space, TAB, LF, VT, FF, CR and 0x1c-0x1f; not NUL or other controls. */
    private static boolean isSpace(byte c) {
        return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f);
    }

    /** Blanks, '+', exponents, long mantissas and special values; exact as Python. */
    private static double parseGeneral(byte[] b, int start, int end) {
        int s = start;
        int e = end;
        while (s < e && isSpace(b[s])) {
            s++;
        }
        while (e > s && isSpace(b[e - 1])) {
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
        boolean afterDot = false;
        for (; i < e; i++) {
            int c = b[i] - '0';
            if (c < 0 || c > 9) {
                if (b[i] == '.' && !afterDot) {
                    afterDot = true;
                    continue;
                }
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
            if (afterDot) {
                exp10--;
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

    /**
     * Writes {@code x} into {@code out} at {@code pos} as text that {@link #parseDouble} (and
     * Python's {@code float()}) reads back as exactly {@code x}: the plain decimal with the fewest
     * decimals (up to nine) when there is one, such as {@code 50.07} or {@code 6749.0}, else
     * Python's {@code repr}; NaN is {@code nan}. Needs up to 32 free bytes.
     *
     * @return the position after the text
     */
    static int writeDouble(byte[] out, int pos, double x) {
        double a = Math.abs(x);
        if (x != 0 && a < EXACT_LIMIT) {
            for (int k = 0; k <= 9; k++) {
                double scaled = a * POW10[k];
                if (scaled >= EXACT_LIMIT) {
                    break;
                }
                long m = Math.round(scaled);
                if (m != 0 && (k == 0 ? (double) m : m / POW10[k]) == a) {
                    return writePlain(out, pos, x < 0, m, k);
                }
            }
        }
        String s = org.bt4j.util.PyFormat.repr(x);
        for (int i = 0; i < s.length(); i++) {
            out[pos++] = (byte) s.charAt(i);
        }
        return pos;
    }

    /** Writes {@code m / 10^k} with a sign, at least one decimal and no trailing zeros beyond it. */
    private static int writePlain(byte[] out, int pos, boolean negative, long m, int k) {
        if (negative) {
            out[pos++] = '-';
        }
        long whole = m / LONG_POW10[k];
        long frac = m % LONG_POW10[k];
        pos = writeLong(out, pos, whole);
        out[pos++] = '.';
        if (k == 0) {
            out[pos++] = '0';
            return pos;
        }
        int digits = k;
        while (digits > 1 && frac % 10 == 0) {
            frac /= 10;
            digits--;
        }
        return writeDigits(out, pos, frac, digits);
    }

    /** Writes the decimal digits of {@code v >= 0}. */
    static int writeLong(byte[] out, int pos, long v) {
        int digits = 1;
        while (digits < 19 && v >= LONG_POW10[digits]) {
            digits++;
        }
        return writeDigits(out, pos, v, digits);
    }

    /** Writes the last {@code digits} decimal digits of {@code v >= 0}, zero-padded on the left. */
    private static int writeDigits(byte[] out, int pos, long v, int digits) {
        for (int i = digits - 1; i >= 0; i--) {
            out[pos + i] = (byte) ('0' + v % 10);
            v /= 10;
        }
        return pos + digits;
    }

    private static NumberFormatException bad(byte[] b, int s, int e) {
        return new NumberFormatException("not a number: '" + new String(b, s, e - s, StandardCharsets.ISO_8859_1) + "'");
    }
}
