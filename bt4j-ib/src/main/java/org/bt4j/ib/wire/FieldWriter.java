package org.bt4j.ib.wire;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Builds one message payload: each field written as text followed by a NUL byte, in the
 * forms TWS expects. Numbers that are "unset" are written empty by the {@code ...Max}
 * methods; decimals (sizes, quantities, volumes) are written without a trailing {@code .0}.
 * The buffer is reused after {@link #reset()}; {@link #writeFrame(OutputStream)} prepends the
 * 4-byte big-endian length.
 *
 * <p>Threading: not thread-safe; one writer per sending thread.
 */
public final class FieldWriter {

    private static final String UNSET_DOUBLE_TEXT = Double.toString(Wire.UNSET_DOUBLE);

    private byte[] buf;
    private int len;
    private int fields;

    /** A writer with a small initial buffer that grows as needed. */
    public FieldWriter() {
        buf = new byte[256];
    }

    /** Forgets the current payload so the writer can build the next message. */
    public FieldWriter reset() {
        len = 0;
        fields = 0;
        return this;
    }

    /** @return number of fields written since the last reset */
    public int fieldCount() {
        return fields;
    }

    /** @return payload length in bytes */
    public int length() {
        return len;
    }

    /** Writes an integer in decimal. */
    public FieldWriter putInt(int v) {
        return putLong(v);
    }

    /** Writes an integer, or an empty field when it is {@link Wire#UNSET_INTEGER}. */
    public FieldWriter putIntMax(int v) {
        return v == Wire.UNSET_INTEGER ? putEmpty() : putInt(v);
    }

    /** Writes a long in decimal (the digits of {@code Long.toString}, without building a String). */
    public FieldWriter putLong(long v) {
        if (v == Long.MIN_VALUE) {
            return putAscii(Long.toString(v));
        }
        int digits = 1;
        for (long rest = Math.abs(v); rest >= 10; rest /= 10) {
            digits++;
        }
        int n = v < 0 ? digits + 1 : digits;
        ensure(n + 1);
        long rest = Math.abs(v);
        for (int i = len + n - 1; i >= len + n - digits; i--) {
            buf[i] = (byte) ('0' + rest % 10);
            rest /= 10;
        }
        if (v < 0) {
            buf[len] = '-';
        }
        len += n;
        buf[len++] = 0;
        fields++;
        return this;
    }

    /** Writes a boolean as {@code 1} or {@code 0}. */
    public FieldWriter putBool(boolean v) {
        return putAscii(v ? "1" : "0");
    }

    /**
     * Writes a double the way IB's Java client does ({@code Double.toString}); +∞ becomes
     * {@code Infinity}, the unset sentinel is written literally ({@code 1.7976931348623157E308}).
     */
    public FieldWriter putDouble(double v) {
        if (Double.isNaN(v)) {
            throw new IllegalArgumentException("NaN cannot be sent to TWS");
        }
        if (v == Double.POSITIVE_INFINITY) {
            return putAscii("Infinity");
        }
        if (v == Wire.UNSET_DOUBLE) {
            // the same text Double.toString gives, without its slow big-integer path (~1 us each;
            // an order carries a dozen unset doubles)
            return putAscii(UNSET_DOUBLE_TEXT);
        }
        return putAscii(Double.toString(v));
    }

    /** Writes a double, or an empty field when it is {@link Wire#UNSET_DOUBLE}. */
    public FieldWriter putDoubleMax(double v) {
        return v == Wire.UNSET_DOUBLE ? putEmpty() : putDouble(v);
    }

    /**
     * Writes a double of a request the way IB's own (Python) client does, so bt4j's requests are
     * byte for byte IB's: the shortest text that reads back as the same double, in positional form
     * from 1e-4 up to 1e16 ({@code 0.0}, {@code 187.25}, {@code 0.0005}) and as {@code 1e-05} or
     * {@code 1.7976931348623157e+308} outside; +∞ becomes {@code Infinity}.
     */
    public FieldWriter putRequestDouble(double v) {
        if (Double.isNaN(v)) {
            throw new IllegalArgumentException("NaN cannot be sent to TWS");
        }
        if (Double.isInfinite(v)) {
            return putAscii(v > 0 ? "Infinity" : "-Infinity");
        }
        if (v == 0.0) {
            return putAscii(1.0 / v < 0 ? "-0.0" : "0.0");
        }
        BigDecimal d = new BigDecimal(Double.toString(Math.abs(v))).stripTrailingZeros();
        String digits = d.unscaledValue().toString();
        int exponent = digits.length() - 1 - d.scale();
        String sign = v < 0 ? "-" : "";
        if (exponent >= -4 && exponent < 16) {
            String plain = d.toPlainString();
            return putAscii(sign + (plain.indexOf('.') < 0 ? plain + ".0" : plain));
        }
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        int e = Math.abs(exponent);
        return putAscii(sign + mantissa + (exponent < 0 ? "e-" : "e+") + (e < 10 ? "0" : "") + e);
    }

    /** {@link #putRequestDouble}, or an empty field when {@code v} is {@link Wire#UNSET_DOUBLE}. */
    public FieldWriter putRequestDoubleMax(double v) {
        return v == Wire.UNSET_DOUBLE ? putEmpty() : putRequestDouble(v);
    }

    /**
     * Writes a decimal quantity (size, position, volume, WAP) in plain notation without
     * trailing zeros ({@code 100}, {@code 948837.22}); unset (sentinel or NaN) is written empty;
     * an infinite value is refused with an {@link IllegalArgumentException}, like NaN in {@link #putDouble}.
     */
    public FieldWriter putDecimal(double v) {
        if (v == Wire.UNSET_DOUBLE || Double.isNaN(v)) {
            return putEmpty();
        }
        if (Double.isInfinite(v)) {
            throw new IllegalArgumentException("an infinite quantity cannot be sent to TWS");
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return putLong((long) v);
        }
        return putAscii(BigDecimal.valueOf(v).stripTrailingZeros().toPlainString());
    }

    /** Writes an empty field ("not set"). */
    public FieldWriter putEmpty() {
        ensure(1);
        buf[len++] = 0;
        fields++;
        return this;
    }

    /** Writes a string as UTF-8; {@code null} is written empty. A NUL inside is refused. */
    public FieldWriter putString(String s) {
        if (s == null || s.isEmpty()) {
            return putEmpty();
        }
        if (isAscii(s)) {
            return putAscii(s);
        }
        if (s.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("a field may not contain NUL: " + s.replace('\0', '?'));
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        ensure(b.length + 1);
        System.arraycopy(b, 0, buf, len, b.length);
        len += b.length;
        buf[len++] = 0;
        fields++;
        return this;
    }

    /**
     * Writes free text the way TWS does from server version 153: every character outside
     * printable 7-bit ASCII becomes a {@code \\uXXXX} escape. Used for error text and long
     * names; {@link FieldReader#readText()} undoes it.
     */
    public FieldWriter putText(String s) {
        if (s == null || s.isEmpty()) {
            return putEmpty();
        }
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c > 0x7e) {
                if (sb == null) {
                    sb = new StringBuilder(s.length() + 16).append(s, 0, i);
                }
                sb.append(String.format("\\u%04x", (int) c));
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return putAscii(sb == null ? s : sb.toString());
    }

    /**
     * Writes free text as TWS does at {@code serverVersion}: escaped with {@link #putText} from
     * {@link ServerVersion#ENCODE_MSG_ASCII7} on, plain UTF-8 before; escaped for a legacy
     * (pre-v100) client too, whose reader (IbPy's) fails on any byte above 0x7f.
     */
    public FieldWriter putText(String s, int serverVersion) {
        boolean escaped = serverVersion >= ServerVersion.ENCODE_MSG_ASCII7 || serverVersion < ServerVersion.MIN_FRAMED;
        return escaped ? putText(s) : putString(s);
    }

    /** @return a copy of the payload built so far */
    public byte[] toPayload() {
        return Arrays.copyOf(buf, len);
    }

    /**
     * Writes a size, position or volume: a decimal when the negotiated version allows fractional
     * quantities there ({@code fractional}), else the nearest integer (older clients parse an int);
     * unset is written empty either way.
     */
    public FieldWriter putSize(double v, boolean fractional) {
        if (fractional || v == Wire.UNSET_DOUBLE || Double.isNaN(v)) {
            return putDecimal(v);
        }
        return putLong(Math.round(v));
    }

    /** @return the payload as one frame (4-byte big-endian length, then the payload), for one socket write */
    public byte[] toFrame() {
        return Framing.frame(buf, len);
    }

    /**
     * @return the bytes of this message on the wire at {@code serverVersion}: a frame from
     *         {@link ServerVersion#MIN_FRAMED} on, the bare payload (legacy, un-framed) below it
     */
    public byte[] toWire(int serverVersion) {
        return serverVersion >= ServerVersion.MIN_FRAMED ? toFrame() : toPayload();
    }

    /** Writes the payload as one frame (4-byte big-endian length, then the payload) in a single {@code write}. */
    public void writeFrame(OutputStream out) throws IOException {
        out.write(Framing.frame(buf, len));
    }

    /** @return the payload with every NUL shown as {@code |} (for debug output and tests) */
    @Override
    public String toString() {
        return Framing.render(buf, 0, len);
    }

    private FieldWriter putAscii(String s) {
        int n = s.length();
        ensure(n + 1);
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == 0) {
                throw new IllegalArgumentException("a field may not contain NUL: " + s.replace('\0', '?'));
            }
            buf[len++] = (byte) c;
        }
        buf[len++] = 0;
        fields++;
        return this;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0x7f) {
                return false;
            }
        }
        return true;
    }

    private void ensure(int extra) {
        if (len + extra > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + extra));
        }
    }
}
