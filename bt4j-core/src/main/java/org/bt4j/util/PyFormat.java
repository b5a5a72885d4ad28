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

    /** 10^0 … 10^18 as longs. */
    private static final long[] LPOW10 = new long[19];

    static {
        long p = 1;
        for (int i = 0; i < LPOW10.length; i++) {
            LPOW10[i] = p;
            p *= 10;
        }
    }

    /** Python's {@code repr(x)} for a float. */
    public static String repr(double x) {
        StringBuilder sb = new StringBuilder(24);
        repr(x, sb);
        return sb.toString();
    }

    /** Appends Python's {@code repr(x)} to {@code sb}. */
    public static void repr(double x, StringBuilder sb) {
        long s = shortest(x);
        if (s < 0) {
            sb.append(slowRepr(x));
            return;
        }
        int k = (int) (s & 31);
        long n = s >>> 5;
        if (Double.doubleToRawLongBits(x) < 0) {
            sb.append('-');
        }
        long p = LPOW10[k];
        sb.append(n / p).append('.');
        if (k == 0) {
            sb.append('0');
            return;
        }
        long frac = n % p;
        for (long q = LPOW10[k - 1]; q > frac && q > 1; q /= 10) {
            sb.append('0');
        }
        sb.append(frac);
    }

    /**
     * Writes Python's {@code repr(x)} as ASCII into {@code dst} from {@code pos} (at most 24 bytes)
     * and returns the position after it.
     */
    public static int repr(double x, byte[] dst, int pos) {
        long s = shortest(x);
        if (s < 0) {
            String t = slowRepr(x);
            for (int i = 0; i < t.length(); i++) {
                dst[pos++] = (byte) t.charAt(i);
            }
            return pos;
        }
        int k = (int) (s & 31);
        long n = s >>> 5;
        if (Double.doubleToRawLongBits(x) < 0) {
            dst[pos++] = '-';
        }
        if (k == 0) {
            pos = digits(n, dst, pos);
            dst[pos++] = '.';
            dst[pos++] = '0';
            return pos;
        }
        int count = 1;
        while (count < LPOW10.length && n >= LPOW10[count]) {
            count++;
        }
        if (count <= k) { // 0.0…digits
            dst[pos++] = '0';
            dst[pos++] = '.';
            for (int i = count; i < k; i++) {
                dst[pos++] = '0';
            }
            return digits(n, dst, pos);
        }
        // the digits, then the point moved in before the last k (no long division: C1 calls the runtime for one)
        int end = digits(n, dst, pos);
        System.arraycopy(dst, end - k, dst, end - k + 1, k);
        dst[end - k] = '.';
        return end + 1;
    }

    /**
     * Writes the decimal digits of {@code v >= 0} as ASCII into {@code dst} from {@code pos} and
     * returns the position after them: in int arithmetic eight digits at a time, each division by
     * ten a multiplication (C1, the one-shot commands' JIT, divides with the slow instruction, and
     * calls the runtime for a long division).
     */
    static int digits(long v, byte[] dst, int pos) {
        if (v < 100_000_000L) {
            return digits((int) v, dst, pos);
        }
        long hi = (long) (v / 1e8); // within a few units of v / 10^8 (a double carries 53 bits): corrected below
        long lo = v - hi * 100_000_000L;
        while (lo < 0) {
            hi--;
            lo += 100_000_000L;
        }
        while (lo >= 100_000_000L) {
            hi++;
            lo -= 100_000_000L;
        }
        pos = digits(hi, dst, pos);
        eight((int) lo, dst, pos);
        return pos + 8;
    }

    private static int digits(int v, byte[] dst, int pos) {
        int n = 1;
        while (n < 10 && v >= LPOW10[n]) {
            n++;
        }
        for (int i = pos + n - 1; i > pos; i--) {
            int q = tenth(v);
            dst[i] = (byte) ('0' + v - q * 10);
            v = q;
        }
        dst[pos] = (byte) ('0' + v);
        return pos + n;
    }

    /** The eight digits of {@code 0 <= v < 10^8}, leading zeros included. */
    private static void eight(int v, byte[] dst, int pos) {
        for (int i = pos + 7; i >= pos; i--) {
            int q = tenth(v);
            dst[i] = (byte) ('0' + v - q * 10);
            v = q;
        }
    }

    /** {@code v / 10} for {@code v >= 0}: the multiply-and-shift compilers use for an unsigned 32-bit division by ten. */
    private static int tenth(int v) {
        return (int) ((v * 0xCCCCCCCDL) >>> 35);
    }

    /**
     * The shortest positional text of {@code |x|} that reads back as {@code x} (and of those, the
     * closest to x, a tie to the even last digit: CPython's {@code repr}, David Gay's mode 0), packed
     * as {@code n << 5 | k} for the text {@code n·10^-k}; 0 for a zero; or -1 when x is not in [1e-4, 1e16), where
     * repr uses an exponent, or needs more than 18 decimals. Exact integer arithmetic: x = m·2^e lies
     * inside its rounding interval [(4m-2)·2^(e-2), (4m+2)·2^(e-2)] (the lower half-gap halves at a
     * power of two; the ends belong to it when m is even, as reading rounds half to even), and for
     * k = 0, 1, … the integers n with n·10^-k inside that interval are counted with 128-bit products.
     */
    private static long shortest(double x) {
        double a = Math.abs(x);
        if (a == 0) {
            return 0;
        }
        if (!(a >= 1e-4 && a < 1e16)) {
            return -1;
        }
        long bits = Double.doubleToRawLongBits(a);
        int be = (int) (bits >>> 52);
        long frac = bits & ((1L << 52) - 1);
        long m = frac | (1L << 52);
        int s = 2 - (be - 1075);
        boolean inclusive = (m & 1) == 0;
        long lower = frac == 0 && be > 1 ? 4 * m - 1 : 4 * m - 2;
        long upper = 4 * m + 2;
        long centre = 4 * m;
        double ulp = Double.longBitsToDouble((long) (be - 52) << 52); // 2^(be - 1075), the interval's width
        for (int k = 0; k < LPOW10.length; k++) {
            long ten = LPOW10[k];
            // a quick no: the interval x·10^k ± ulp·10^k/2 holds no integer when the double x·10^k
            // (within 2^-53 of it relative) is farther from every integer than the width plus that error
            double y = a * ten;
            if (y < 0x1p52) {
                double fraction = y - (long) y;
                double margin = ulp * ten + y * 0x1p-50 + 0x1p-50;
                if (fraction > margin && 1 - fraction > margin) {
                    continue;
                }
            }
            long lhi = Math.multiplyHigh(lower, ten);
            long llo = lower * ten;
            long uhi = Math.multiplyHigh(upper, ten);
            long ulo = upper * ten;
            long lq = shiftRight(lhi, llo, s);
            long uq = shiftRight(uhi, ulo, s);
            if (lq < 0 || uq < 0) {
                return -1;
            }
            if (uq == lq && !(inclusive && remainder(lhi, llo, s) == 0)) {
                continue; // no integer in the interval: the usual case until k is large enough
            }
            long nLo = remainder(lhi, llo, s) == 0 && inclusive ? lq : lq + 1;
            long nHi = remainder(uhi, ulo, s) == 0 && !inclusive ? uq - 1 : uq;
            if (nLo <= nHi) {
                long chi = Math.multiplyHigh(centre, ten);
                long clo = centre * ten;
                long n = shiftRight(chi, clo, s);
                int r = remainder(chi, clo, s);
                if (r == 3 || (r == 2 && (n & 1) == 1)) {
                    n++;
                }
                n = Math.max(nLo, Math.min(nHi, n));
                return n >= (1L << 58) ? -1 : n << 5 | k;
            }
        }
        return -1;
    }

    /** floor((hi:lo) / 2^s) for 0 <= s < 128, or -1 when it does not fit in a long. */
    private static long shiftRight(long hi, long lo, int s) {
        if (s == 0) {
            return hi == 0 ? lo : -1;
        }
        if (s < 64) {
            return (hi >>> s) == 0 && (hi << (64 - s) | lo >>> s) >= 0 ? hi << (64 - s) | lo >>> s : -1;
        }
        return hi >>> (s - 64);
    }

    /**
     * Where (hi:lo) mod 2^s lies against half of 2^s: 0 when it is zero, 1 below half, 2 at half,
     * 3 above.
     */
    private static int remainder(long hi, long lo, int s) {
        if (s == 0) {
            return 0;
        }
        long rhi;
        long rlo;
        long halfHi;
        long halfLo;
        if (s < 64) {
            rhi = 0;
            rlo = lo & ((1L << s) - 1);
            halfHi = 0;
            halfLo = 1L << (s - 1);
        } else {
            rhi = s == 64 ? 0 : hi & ((1L << (s - 64)) - 1);
            rlo = lo;
            halfHi = s == 64 ? 0 : 1L << (s - 65);
            halfLo = s == 64 ? Long.MIN_VALUE : 0;
        }
        if (rhi == 0 && rlo == 0) {
            return 0;
        }
        int c = rhi != halfHi ? Long.compareUnsigned(rhi, halfHi) : Long.compareUnsigned(rlo, halfLo);
        return c < 0 ? 1 : c == 0 ? 2 : 3;
    }

    /** Python's repr by BigDecimal arithmetic, for what {@link #shortest} leaves (and the tests' reference). */
    static String slowRepr(double x) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        if (x == 0) {
            return (1 / x < 0) ? "-0.0" : "0.0";
        }
        // The shortest digits that read back as x, and of those the closest: for p significant
        // digits the candidates are x rounded towards and away from zero (the lower half-gap of a
        // power of two is half the upper, so the nearest may not read back while the other does);
        // if p digits read back, p + 1 do. Double.toString's digits read back, so p starts at their count.
        BigDecimal exact = new BigDecimal(x);
        BigDecimal shortest = null;
        for (int p = significantDigits(Double.toString(x)); p >= 1; p--) {
            BigDecimal c = closestReadingBack(exact, p, x);
            if (c == null) {
                break;
            }
            shortest = c;
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

    /** Of the two p-digit neighbours of {@code exact}, the closer one that reads back as x (a tie: the even one), or null. */
    private static BigDecimal closestReadingBack(BigDecimal exact, int p, double x) {
        BigDecimal down = exact.round(new MathContext(p, RoundingMode.DOWN));
        BigDecimal up = exact.round(new MathContext(p, RoundingMode.UP));
        boolean downOk = down.doubleValue() == x;
        boolean upOk = up.doubleValue() == x;
        if (downOk && upOk) {
            int c = exact.subtract(down).abs().compareTo(up.subtract(exact).abs());
            return c < 0 || (c == 0 && !down.unscaledValue().testBit(0)) ? down : up;
        }
        return downOk ? down : upOk ? up : null;
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
