package org.bt4j.util;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Number formatting exactly as Python prints it, so bt4j's output can be compared with
 * backtrader's: {@link #repr(double)} is Python's {@code repr(float)} (shortest text that reads
 * back as the same double), {@link #fixed(double, int)} is {@code '%.nf' % x} (the exact binary
 * value rounded half-to-even). NaN prints as {@code nan}, infinities as {@code inf}/{@code -inf}.
 * Stateless and thread-safe.
 */
public final class PyFormat {

    private PyFormat() {
    }

    /** Python's {@code repr(x)} for a float. */
    public static String repr(double x) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        if (x == 0) {
            return (1 / x < 0) ? "-0.0" : "0.0";
        }
        BigDecimal exact = new BigDecimal(x);
        BigDecimal shortest = exact;
        for (int p = 1; p <= 17; p++) {
            BigDecimal r = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
            if (r.doubleValue() == x) {
                shortest = r;
                break;
            }
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
        return new BigDecimal(x).setScale(decimals, RoundingMode.HALF_EVEN).doubleValue();
    }
}
