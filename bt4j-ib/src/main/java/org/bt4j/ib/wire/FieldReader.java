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
        int start = nextField();
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

    /** Reads an int; empty or {@code -} gives 0. */
    public int readInt() {
        String s = readString();
        return isUnsetText(s) ? 0 : parseInt(s);
    }

    /** Reads an int; empty or {@code -} gives {@link Wire#UNSET_INTEGER}. */
    public int readIntMax() {
        String s = readString();
        return isUnsetText(s) ? Wire.UNSET_INTEGER : parseInt(s);
    }

    /** Reads a long; empty or {@code -} gives 0. */
    public long readLong() {
        String s = readString();
        if (isUnsetText(s)) {
            return 0L;
        }
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
        String s = readString();
        return isUnsetText(s) ? 0.0 : parseDouble(s);
    }

    /** Reads a double; empty or {@code -} gives {@link Wire#UNSET_DOUBLE}. */
    public double readDoubleMax() {
        String s = readString();
        return isUnsetText(s) ? Wire.UNSET_DOUBLE : parseDouble(s);
    }

    /**
     * Reads a decimal quantity; empty, {@code -} and every MAX literal (int, long or double)
     * give {@link Wire#UNSET_DOUBLE}; an infinite value is malformed.
     */
    public double readDecimal() {
        String s = readString();
        if (isUnsetText(s) || s.equals("2147483647") || s.equals("9223372036854775807")) {
            return Wire.UNSET_DOUBLE;
        }
        double d = parseDouble(s);
        if (Double.isInfinite(d)) {
            throw bad(s, "a finite quantity"); // IB's Decimal has no infinity; '1e400' must not become one
        }
        return d;
    }

    private static boolean isUnsetText(String s) {
        return s.isEmpty() || s.equals("-");
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

    private int nextField() {
        if (pos >= end) {
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
