package org.bt4j.ib.wire;

import java.nio.charset.StandardCharsets;

/**
 * Reads the NUL-terminated fields of one message payload in order, accepting every number
 * form TWS and IB's clients send: empty (= not set), {@code -} (= not set), decimal text,
 * {@code 1.7976931348623157E308} and {@code 1.7976931348623157e+308}, {@code Infinity},
 * integers written with a trailing {@code .0}. Fields left over at the end of a message are
 * ignored. Running out of fields or an unreadable number raises a {@link WireFormatException}
 * naming the message, the field index and the text.
 *
 * <p>Threading: not thread-safe; one reader per payload.
 */
public final class FieldReader {

    /** {@link #plainInteger}'s answer for a field that is not a plain integer. */
    private static final long NOT_PLAIN = Long.MIN_VALUE;
    /** 10^0 .. 10^22, every one an exact double. */
    private static final double[] POWERS_OF_TEN = new double[23];
    private static final byte[] INT_MAX_TEXT = "2147483647".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] LONG_MAX_TEXT = "9223372036854775807".getBytes(StandardCharsets.US_ASCII);

    static {
        double p = 1;
        for (int i = 0; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = p;
            p *= 10;
        }
    }

    private final byte[] buf;
    private final int end;
    private int pos;
    private int index;
    private int msgId = -1;

    /** A reader over a whole payload. */
    public FieldReader(byte[] payload) {
        this(payload, 0, payload.length);
    }

    /** A reader over {@code payload[offset, offset+length)}. */
    public FieldReader(byte[] payload, int offset, int length) {
        this.buf = payload;
        this.pos = offset;
        this.end = offset + length;
    }

    /** Reads the first field as the message id and remembers it for error messages. */
    public int readMessageId() {
        msgId = readInt();
        return msgId;
    }

    /** @return the message id read by {@link #readMessageId()}, or -1 */
    public int messageId() {
        return msgId;
    }

    /** @return true while at least one more field can be read */
    public boolean hasMore() {
        return pos < end;
    }

    /** @return index of the next field (0 = message id) */
    public int fieldIndex() {
        return index;
    }

    /** Skips {@code n} fields. */
    public void skip(int n) {
        for (int i = 0; i < n; i++) {
            nextField();
        }
    }

    /** Skips up to {@code n} fields, stopping quietly at the end of the message (for optional tails). */
    public void skipOptional(int n) {
        for (int i = 0; i < n && pos < end; i++) {
            nextField();
        }
    }

    /** Reads a raw string field (empty field gives {@code ""}). */
    public String readString() {
        return text(nextField());
    }

    /** The field from {@code start} to {@link #fieldEnd} as a String. */
    private String text(int start) {
        int n = fieldEnd - start;
        if (n == 0) {
            return "";
        }
        return new String(buf, start, n, isAscii(start, fieldEnd) ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
    }

    /** Reads free text and undoes TWS's {@code \\uXXXX} escaping of non-ASCII characters. */
    public String readText() {
        String s = readString();
        if (s.indexOf("\\u") < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && s.charAt(i + 1) == 'u' && isHex(s, i + 2, i + 6)) {
                sb.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                i += 5;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * Reads free text as {@link FieldWriter#putText(String, int)} writes it at {@code serverVersion}:
     * {@link #readText()} from {@link ServerVersion#ENCODE_MSG_ASCII7} on and for a legacy client,
     * plain in between.
     */
    public String readText(int serverVersion) {
        boolean escaped = serverVersion >= ServerVersion.ENCODE_MSG_ASCII7 || serverVersion < ServerVersion.MIN_FRAMED;
        return escaped ? readText() : readString();
    }

    /** Reads an int; empty or {@code -} gives 0. */
    public int readInt() {
        return readInt(0);
    }

    /** Reads an int; empty or {@code -} gives {@link Wire#UNSET_INTEGER}. */
    public int readIntMax() {
        return readInt(Wire.UNSET_INTEGER);
    }

    private int readInt(int unset) {
        int start = nextField();
        if (isUnset(start)) {
            return unset;
        }
        long v = plainInteger(start, 9);
        return v != NOT_PLAIN ? (int) v : parseInt(text(start));
    }

    /** Reads a long; empty or {@code -} gives 0. */
    public long readLong() {
        int start = nextField();
        if (isUnset(start)) {
            return 0L;
        }
        long v = plainInteger(start, 18);
        if (v != NOT_PLAIN) {
            return v;
        }
        String s = text(start);
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            double d = parseNumberAs(s, "an integer");
            if (d == Math.rint(d) && Math.abs(d) < 9.2e18) {
                return (long) d;
            }
            throw bad(s, "an integer");
        }
    }

    /** Reads a boolean: any non-zero integer, or {@code true}; empty gives false. */
    public boolean readBool() {
        String s = readString();
        if (isUnsetText(s) || s.equalsIgnoreCase("false")) {
            return false;
        }
        if (s.equalsIgnoreCase("true")) {
            return true;
        }
        return parseDouble(s) != 0.0;
    }

    /** Reads a double; empty or {@code -} gives 0.0. */
    public double readDouble() {
        return readDouble(0.0);
    }

    /** Reads a double; empty or {@code -} gives {@link Wire#UNSET_DOUBLE}. */
    public double readDoubleMax() {
        return readDouble(Wire.UNSET_DOUBLE);
    }

    private double readDouble(double unset) {
        int start = nextField();
        if (isUnset(start)) {
            return unset;
        }
        double d = plainDecimal(start);
        return d == d ? d : parseDouble(text(start)); // NaN: not a plain decimal
    }

    /**
     * Reads a decimal quantity; empty, {@code -} and every MAX literal (int, long or double)
     * give {@link Wire#UNSET_DOUBLE}; an infinite value is malformed.
     */
    public double readDecimal() {
        int start = nextField();
        if (isUnset(start) || fieldIs(start, INT_MAX_TEXT) || fieldIs(start, LONG_MAX_TEXT)) {
            return Wire.UNSET_DOUBLE;
        }
        double d = plainDecimal(start);
        if (d == d) {
            return d;
        }
        String s = text(start);
        d = parseDouble(s);
        if (Double.isInfinite(d)) {
            throw bad(s, "a finite quantity"); // IB's Decimal has no infinity; '1e400' must not become one
        }
        return d;
    }

    private static boolean isUnsetText(String s) {
        return s.isEmpty() || s.equals("-");
    }

    /** The bytes form of {@link #isUnsetText(String)} for the field starting at {@code start}. */
    private boolean isUnset(int start) {
        int n = fieldEnd - start;
        return n == 0 || n == 1 && buf[start] == '-';
    }

    private boolean fieldIs(int start, byte[] text) {
        if (fieldEnd - start != text.length) {
            return false;
        }
        for (int i = 0; i < text.length; i++) {
            if (buf[start + i] != text[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The field as an optional {@code -} and 1 to {@code maxDigits} (at most 18) decimal digits,
     * read without a String; {@link #NOT_PLAIN} for any other form (left to the String parsers).
     */
    private long plainInteger(int start, int maxDigits) {
        int i = start;
        boolean negative = buf[i] == '-';
        if (negative) {
            i++;
        }
        int digits = fieldEnd - i;
        if (digits < 1 || digits > maxDigits) {
            return NOT_PLAIN;
        }
        long v = 0;
        for (; i < fieldEnd; i++) {
            int d = buf[i] - '0';
            if (d < 0 || d > 9) {
                return NOT_PLAIN;
            }
            v = v * 10 + d;
        }
        return negative ? -v : v;
    }

    /**
     * The field as an optional {@code -}, digits and at most one {@code .}, read without a String
     * when the result is exact: at most 18 digits forming an integer below 2^53, at most 22 of them
     * after the point. Both that integer and the power of ten are then exact doubles, and one
     * correctly rounded division gives the same double as {@link Double#parseDouble}. NaN for any
     * other form (left to the String parser).
     */
    private double plainDecimal(int start) {
        int i = start;
        boolean negative = buf[i] == '-';
        if (negative) {
            i++;
        }
        long mantissa = 0;
        int digits = 0;
        int scale = -1; // digits after the point, -1 before it
        for (; i < fieldEnd; i++) {
            int d = buf[i] - '0';
            if (d >= 0 && d <= 9) {
                if (++digits > 18) {
                    return Double.NaN;
                }
                mantissa = mantissa * 10 + d;
                if (scale >= 0) {
                    scale++;
                }
            } else if (buf[i] == '.' && scale < 0) {
                scale = 0;
            } else {
                return Double.NaN;
            }
        }
        if (digits == 0 || mantissa >= 1L << 53 || scale >= POWERS_OF_TEN.length) {
            return Double.NaN;
        }
        double v = scale <= 0 ? (double) mantissa : (double) mantissa / POWERS_OF_TEN[scale];
        return negative ? -v : v;
    }

    private int parseInt(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            double d = parseNumberAs(s, "an integer");
            if (d == Math.rint(d) && d >= Integer.MIN_VALUE && d <= Integer.MAX_VALUE) {
                return (int) d;
            }
            throw bad(s, "an integer");
        }
    }

    private double parseNumberAs(String s, String expected) {
        try {
            return parseDouble(s);
        } catch (WireFormatException e) {
            throw bad(s, expected);
        }
    }

    private double parseDouble(String s) {
        switch (s) {
            case "Infinity":
            case "Infinite":
            case "inf":
                return Double.POSITIVE_INFINITY;
            case "-Infinity":
            case "-Infinite":
            case "-inf":
                return Double.NEGATIVE_INFINITY;
            default:
                break;
        }
        char first = s.charAt(0);
        if (first != '-' && first != '+' && first != '.' && (first < '0' || first > '9')) {
            throw bad(s, "a number");
        }
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw bad(s, "a number");
        }
    }

    private WireFormatException bad(String text, String expected) {
        return new WireFormatException(where(index - 1) + ": '" + printable(text) + "' is not " + expected);
    }

    /** The offending text as one short line: control bytes escaped, at most 40 bytes shown. */
    private static String printable(String text) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        String shown = Framing.render(b, 0, Math.min(b.length, 40));
        return b.length > 40 ? shown + "..." : shown;
    }

    private String where(int field) {
        return (msgId >= 0 ? "message " + msgId : "message") + " field " + field;
    }

    private int fieldEnd;
    private boolean ranOut;

    /**
     * @return true once a read found no field left: the message is shorter than its layout (for an
     *         un-framed legacy stream: not complete yet)
     */
    public boolean ranOut() {
        return ranOut;
    }

    private int nextField() {
        if (pos >= end) {
            ranOut = true;
            throw new WireFormatException(where(index) + " is missing: the message ended after " + index + " fields");
        }
        int start = pos;
        int i = pos;
        while (i < end && buf[i] != 0) {
            i++;
        }
        fieldEnd = i;
        pos = i < end ? i + 1 : end;
        index++;
        return start;
    }

    private boolean isAscii(int from, int to) {
        for (int i = from; i < to; i++) {
            if (buf[i] < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHex(String s, int from, int to) {
        if (to > s.length()) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (Character.digit(s.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
