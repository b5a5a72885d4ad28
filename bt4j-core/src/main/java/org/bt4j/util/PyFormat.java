package org.bt4j.util;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Number formatting exactly as Python prints it, so bt4j's output can be compared with
 * backtrader's: {@link #repr(double)} is Python's {@code repr(float)} (shortest text that reads
 * back as the same double), {@link #fixed(double, int)} is {@code '%.nf' % x} (the exact binary
 * value rounded half-to-even), and {@link #format(String, Object...)} is Python's {@code %}
 * operator: {@code PyFormat.format("%04d,%.2f", len(), close().get(0))} prints what
 * {@code '%04d,%.2f' % (len(self), self.data.close[0])} prints (Java's {@code String.format}
 * rounds the decimal expansion half-up, so it differs on values such as 0.125 or 2.675). NaN
 * prints as {@code nan}, infinities as {@code inf}/{@code -inf}. Stateless and thread-safe.
 */
public final class PyFormat {

    private PyFormat() {
    }

    /** 10^0 … 10^17, exact doubles. */
    private static final double[] POW10 = new double[18];
    /** 10^0 … 10^17 as longs. */
    private static final long[] LPOW10 = new long[18];

    static {
        long p = 1;
        for (int i = 0; i < POW10.length; i++) {
            LPOW10[i] = p;
            POW10[i] = p;
            p *= 10;
        }
    }

    /** Python's {@code repr(x)} for a float. */
    public static String repr(double x) {
        StringBuilder sb = new StringBuilder(24);
        repr(x, sb);
        return sb.toString();
    }

    /**
     * Appends Python's {@code repr(x)} to {@code sb}. Numbers between 1e-4 and 1e15 with at most
     * 17 decimals take an exact fast path: the fewest decimals {@code k} for which exactly one
     * integer {@code n} gives {@code n / 10^k == x} (one correctly rounded division, which is what
     * reading the text {@code n·10^-k} back yields); anything else, or a tie between two
     * candidates, takes the general path.
     */
    public static void repr(double x, StringBuilder sb) {
        if (!fast(x, sb)) {
            sb.append(slowRepr(x));
        }
    }

    private static boolean fast(double x, StringBuilder sb) {
        double a = Math.abs(x);
        if (!(a >= 1e-4 && a < 1e15)) {
            return false;
        }
        for (int k = 0; k < POW10.length; k++) {
            double p = POW10[k];
            double v = a * p;
            if (v >= 0x1p52) {
                return false;
            }
            double r = Math.rint(v);
            boolean mid = r / p == a;
            boolean below = (r - 1) / p == a;
            boolean above = (r + 1) / p == a;
            int hits = (mid ? 1 : 0) + (below ? 1 : 0) + (above ? 1 : 0);
            if (hits > 1) {
                return false;
            }
            if (hits == 1) {
                long n = (long) (mid ? r : below ? r - 1 : r + 1);
                if (x < 0) {
                    sb.append('-');
                }
                if (k == 0) {
                    sb.append(n).append(".0");
                    return true;
                }
                sb.append(n / LPOW10[k]).append('.');
                long frac = n % LPOW10[k];
                for (long q = LPOW10[k - 1]; q > frac && q > 1; q /= 10) {
                    sb.append('0');
                }
                sb.append(frac);
                return true;
            }
        }
        return false;
    }

    private static String slowRepr(double x) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        if (x == 0) {
            return (1 / x < 0) ? "-0.0" : "0.0";
        }
        // The shortest digits that read back as x, and of those the closest: the value rounded to
        // p significant digits for the least p that reads back (if p digits read back, p + 1 do).
        // Double.toString's digits read back, so p is at most their count, and rarely less.
        BigDecimal exact = new BigDecimal(x);
        int p = significantDigits(Double.toString(x));
        BigDecimal shortest = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
        while (p > 1) {
            BigDecimal r = exact.round(new MathContext(p - 1, RoundingMode.HALF_EVEN));
            if (r.doubleValue() != x) {
                break;
            }
            shortest = r;
            p--;
        }
        String digits = shortest.unscaledValue().abs().toString();
        // strip trailing zeros of the digit string
        int end = digits.length();
        while (end > 1 && digits.charAt(end - 1) == '0') {
            end--;
        }
        int trimmed = digits.length() - end;
        digits = digits.substring(0, end);
        // decimal exponent of the first digit
        int exp10 = digits.length() - 1 - (shortest.scale() - trimmed);
        StringBuilder sb = new StringBuilder(24);
        if (x < 0) {
            sb.append('-');
        }
        if (exp10 < -4 || exp10 >= 16) {
            sb.append(digits.charAt(0));
            if (digits.length() > 1) {
                sb.append('.').append(digits, 1, digits.length());
            }
            sb.append('e').append(exp10 < 0 ? '-' : '+');
            int ae = Math.abs(exp10);
            if (ae < 10) {
                sb.append('0');
            }
            sb.append(ae);
        } else if (exp10 < 0) {
            sb.append("0.");
            for (int i = -1; i > exp10; i--) {
                sb.append('0');
            }
            sb.append(digits);
        } else if (digits.length() <= exp10 + 1) {
            sb.append(digits);
            for (int i = digits.length(); i <= exp10; i++) {
                sb.append('0');
            }
            sb.append(".0");
        } else {
            sb.append(digits, 0, exp10 + 1).append('.').append(digits, exp10 + 1, digits.length());
        }
        return sb.toString();
    }

    /** The number of significant digits in Java's text of a double ({@code 1.0E-5} has 1, {@code 100.25} has 5). */
    private static int significantDigits(String javaText) {
        int end = javaText.indexOf('E');
        if (end < 0) {
            end = javaText.length();
        }
        int first = -1;
        int last = -1;
        for (int i = 0; i < end; i++) {
            char c = javaText.charAt(i);
            if (c >= '1' && c <= '9') {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        if (first < 0) {
            return 1;
        }
        int dot = javaText.indexOf('.');
        int n = last - first + 1;
        return dot > first && dot < last ? n - 1 : n;
    }

    /** Python's {@code '%.{decimals}f' % x}. */
    public static String fixed(double x, int decimals) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        String s = new BigDecimal(x).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
        if (x < 0 || (x == 0 && 1 / x < 0)) {
            return s.startsWith("-") ? s : "-" + s;
        }
        return s;
    }

    /** Python's {@code round(x, decimals)}: the exact binary value rounded half-to-even. */
    public static double round(double x, int decimals) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return x;
        }
        // Python keeps the sign of a value rounded to zero: round(-0.00001, 4) is -0.0
        return Math.copySign(new BigDecimal(x).setScale(decimals, RoundingMode.HALF_EVEN).doubleValue(), x);
    }

    /**
     * Python's {@code fmt % args} for the conversions backtrader's samples use: {@code %d}/{@code %i}
     * (a float is truncated, as Python does), {@code %f}, {@code %s} (a double prints as
     * {@link #repr}) and {@code %%}, with the flags {@code - + 0} and space, a width and a precision.
     *
     * @throws IllegalArgumentException for another conversion or a wrong number of arguments
     */
    public static String format(String fmt, Object... args) {
        StringBuilder out = new StringBuilder(fmt.length() + 16);
        int a = 0;
        for (int i = 0; i < fmt.length(); i++) {
            char c = fmt.charAt(i);
            if (c != '%') {
                out.append(c);
                continue;
            }
            int j = i + 1;
            String flags = "";
            while (j < fmt.length() && "-+0 ".indexOf(fmt.charAt(j)) >= 0) {
                flags += fmt.charAt(j++);
            }
            int width = 0;
            while (j < fmt.length() && Character.isDigit(fmt.charAt(j))) {
                width = width * 10 + (fmt.charAt(j++) - '0');
            }
            int precision = -1;
            if (j < fmt.length() && fmt.charAt(j) == '.') {
                precision = 0;
                j++;
                while (j < fmt.length() && Character.isDigit(fmt.charAt(j))) {
                    precision = precision * 10 + (fmt.charAt(j++) - '0');
                }
            }
            if (j >= fmt.length()) {
                throw new IllegalArgumentException("incomplete format at the end of '" + fmt + "'");
            }
            char conv = fmt.charAt(j);
            i = j;
            if (conv == '%') {
                out.append('%');
                continue;
            }
            if (a >= args.length) {
                throw new IllegalArgumentException("not enough arguments for format string '" + fmt + "'");
            }
            Object v = args[a++];
            String body;
            boolean numeric = true;
            switch (conv) {
                case 'd', 'i' -> body = Long.toString(v instanceof Number n ? (long) n.doubleValue() : Long.parseLong(v.toString()));
                case 'f', 'F' -> body = fixed(((Number) v).doubleValue(), precision < 0 ? 6 : precision);
                case 's' -> {
                    body = v instanceof Double || v instanceof Float ? repr(((Number) v).doubleValue()) : String.valueOf(v);
                    if (precision >= 0 && body.length() > precision) {
                        body = body.substring(0, precision);
                    }
                    numeric = false;
                }
                default -> throw new IllegalArgumentException("unsupported conversion '%" + conv + "' in '" + fmt
                    + "': use %d, %f, %s or %%");
            }
            out.append(pad(body, flags, width, numeric));
        }
        if (a != args.length) {
            throw new IllegalArgumentException("not all arguments converted during string formatting of '" + fmt + "'");
        }
        return out.toString();
    }

    private static String pad(String body, String flags, int width, boolean numeric) {
        boolean negative = numeric && body.startsWith("-");
        String sign = negative ? "-" : numeric && flags.indexOf('+') >= 0 ? "+" : numeric && flags.indexOf(' ') >= 0 ? " " : "";
        String digits = negative ? body.substring(1) : body;
        int fill = width - sign.length() - digits.length();
        if (fill <= 0) {
            return sign + digits;
        }
        if (flags.indexOf('-') >= 0) {
            return sign + digits + " ".repeat(fill);
        }
        if (numeric && flags.indexOf('0') >= 0) {
            return sign + "0".repeat(fill) + digits;
        }
        return " ".repeat(fill) + sign + digits;
    }
}
