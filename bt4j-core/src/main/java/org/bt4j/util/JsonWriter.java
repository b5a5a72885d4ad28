package org.bt4j.util;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;

/**
 * Writes JSON in one pass, member by member, the way Python's {@code json.dumps} lays it out: with
 * {@code indent=1} ({@link #pretty}) or on one line with separators {@code (',', ':')}
 * ({@link #compact}); floats as Python's {@code repr}, strings ASCII-only. Non-finite floats are
 * written in one of three ways ({@link NonFinite}). The text is built as ASCII bytes and goes to a
 * {@link StringBuilder} (each complete value) or, in 64 KiB pieces, to a {@link Writer} or an
 * {@link OutputStream}, so a document of any size needs no more memory than one piece.
 * Not thread-safe: one writer, one thread.
 */
public final class JsonWriter {

    /** How NaN and infinities are written. */
    public enum NonFinite {
        /** The strings {@code "nan"}, {@code "inf"}, {@code "-inf"} (the golden README's contract). */
        QUOTED,
        /** {@code NaN}, {@code Infinity}, {@code -Infinity}, as Python writes them (not strict JSON). */
        BARE,
        /** {@code null} (strict JSON; results schema version 1). */
        NULL
    }

    private static final int FLUSH_AT = 1 << 16;

    /** The text not yet sent, ASCII (every string is escaped to ASCII). */
    private byte[] buf = new byte[FLUSH_AT + 1024];
    private int len;
    /** Exactly one of the three sinks is set. */
    private final StringBuilder text;
    private final Writer chars;
    private final OutputStream bytes;
    /** Spaces per nesting level, or -1 for one line with no spaces. */
    private final int indent;
    private final NonFinite nonFinite;
    /** Members written so far in each open container; depth = number of open containers. */
    private int[] counts = new int[16];
    private int depth;
    /** A member name was just written; its value follows without a separator. */
    private boolean afterName;
    /**
     * Short strings written lately (by identity) and their escaped text, each in one of two slots
     * chosen by its hash (with one slot, two names of one object that shared it, as "status" and
     * "created_price" of an order, pushed each other out on every element).
     */
    private static final int CACHE = 64;
    private final String[] cachedKey = new String[CACHE];
    private final byte[][] cachedText = new byte[CACHE][];

    private JsonWriter(StringBuilder text, Writer chars, OutputStream bytes, int indent, NonFinite nonFinite) {
        this.text = text;
        this.chars = chars;
        this.bytes = bytes;
        this.indent = indent;
        this.nonFinite = nonFinite;
    }

    /** A writer appending {@code json.dumps(…, indent=1)} layout to {@code out} (each complete value as it ends). */
    public static JsonWriter pretty(StringBuilder out, NonFinite nonFinite) {
        return new JsonWriter(out, null, null, 1, nonFinite);
    }

    /** A writer sending {@code json.dumps(…, indent=1)} layout to {@code out} in pieces; call {@link #flush()} at the end. */
    public static JsonWriter pretty(Writer out, NonFinite nonFinite) {
        return new JsonWriter(null, out, null, 1, nonFinite);
    }

    /**
     * A writer sending {@code json.dumps(…, indent=1)} layout to {@code out} as ASCII bytes in
     * pieces; call {@link #flush()} at the end.
     */
    public static JsonWriter pretty(OutputStream out, NonFinite nonFinite) {
        return new JsonWriter(null, null, out, 1, nonFinite);
    }

    /**
     * A writer of the elements of an array that a {@link #pretty} document holds {@code depth}
     * containers deep (the document's own object or array is depth 1), sent to {@code out} in pieces
     * exactly as that document lays them out there, from its first element on; so a section of a
     * document can be written apart (on another thread) and joined into it with
     * {@link #elements(long, InputStream)}. Call {@link #flush()} at the end.
     */
    public static JsonWriter prettyElements(OutputStream out, NonFinite nonFinite, int depth) {
        if (depth < 1) {
            throw new IllegalArgumentException("depth must be >= 1, got " + depth);
        }
        JsonWriter w = new JsonWriter(null, null, out, 1, nonFinite);
        if (depth > w.counts.length) {
            w.counts = new int[depth * 2];
        }
        w.depth = depth;
        return w;
    }

    /** Values written so far in the innermost open container (for {@link #prettyElements}: elements written). */
    public long written() {
        return depth == 0 ? 0 : counts[depth - 1];
    }

    /**
     * Continues the array just opened with {@code count} elements that a {@link #prettyElements}
     * writer of this depth wrote, copying its bytes from {@code in} to the end (to an
     * {@link OutputStream} by {@link InputStream#transferTo}, so a stream that has a faster way to
     * copy, as a spill file into a {@link FileAppendable}, takes it); the next element follows them.
     *
     * @throws IllegalStateException when the innermost container is not empty
     */
    public JsonWriter elements(long count, InputStream in) {
        if (depth == 0 || counts[depth - 1] != 0 || afterName) {
            throw new IllegalStateException("elements must come first in a newly opened array");
        }
        if (count <= 0) {
            return this;
        }
        if (count > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("too many elements: " + count);
        }
        drain();
        try {
            if (bytes != null) {
                in.transferTo(bytes); // the stream's own copy: a file part may go by the kernel's (FileAppendable)
            } else {
                for (int n; (n = in.read(buf, 0, buf.length)) >= 0; ) {
                    len = n;
                    drain();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        counts[depth - 1] = (int) count;
        return this;
    }

    /** A writer appending the one-line layout ({@code separators=(',', ':')}) to {@code out} (each complete value as it ends). */
    public static JsonWriter compact(StringBuilder out, NonFinite nonFinite) {
        return new JsonWriter(out, null, null, -1, nonFinite);
    }

    /** Opens an object (as a value). */
    public JsonWriter beginObject() {
        return open('{');
    }

    /** Closes the innermost object. */
    public JsonWriter endObject() {
        return close('}');
    }

    /** Opens an array (as a value). */
    public JsonWriter beginArray() {
        return open('[');
    }

    /** Closes the innermost array. */
    public JsonWriter endArray() {
        return close(']');
    }

    /** Writes the name of the next object member. */
    public JsonWriter name(String name) {
        separate();
        string(name);
        room(2);
        buf[len++] = ':';
        if (indent >= 0) {
            buf[len++] = ' ';
        }
        afterName = true;
        return this;
    }

    /** A float as Python's {@code repr}; non-finite ones as this writer's {@link NonFinite} rule. */
    public JsonWriter value(double d) {
        separate();
        if (Double.isFinite(d)) {
            room(32);
            len = PyFormat.repr(d, buf, len);
        } else if (nonFinite == NonFinite.QUOTED) {
            string(PyFormat.repr(d));
        } else if (nonFinite == NonFinite.NULL) {
            ascii("null");
        } else {
            ascii(Double.isNaN(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity");
        }
        return done();
    }

    /** An integer. */
    public JsonWriter value(long v) {
        separate();
        room(20);
        if (v < 0) {
            if (v == Long.MIN_VALUE) {
                ascii(Long.toString(v));
                return done();
            }
            buf[len++] = '-';
            v = -v;
        }
        len = PyFormat.digits(v, buf, len);
        return done();
    }

    /** A string, or null. */
    public JsonWriter value(CharSequence s) {
        separate();
        if (s == null) {
            ascii("null");
        } else {
            string(s);
        }
        return done();
    }

    /**
     * A string of the ASCII bytes {@code ascii[from..to)}, which must be printable and hold no
     * quote or backslash (not checked: text made by the caller, like a formatted date-time).
     */
    public JsonWriter asciiValue(byte[] ascii, int from, int to) {
        separate();
        room(to - from + 2);
        buf[len++] = '"';
        System.arraycopy(ascii, from, buf, len, to - from);
        len += to - from;
        buf[len++] = '"';
        return done();
    }

    /** {@code null}. */
    public JsonWriter nullValue() {
        separate();
        ascii("null");
        return done();
    }

    /**
     * Any value: a map (in iteration order, keys as strings), a collection, a number (Double and
     * Float as floats), a boolean, null, or anything else as its {@code toString()} string.
     */
    public JsonWriter value(Object v) {
        if (v == null) {
            return nullValue();
        } else if (v instanceof Map<?, ?> m) {
            beginObject();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                name(String.valueOf(e.getKey()));
                value(e.getValue());
            }
            return endObject();
        } else if (v instanceof Collection<?> c) {
            beginArray();
            for (Object o : c) {
                value(o);
            }
            return endArray();
        } else if (v instanceof Double || v instanceof Float) {
            return value(((Number) v).doubleValue());
        } else if (v instanceof Number || v instanceof Boolean) {
            separate();
            ascii(v.toString());
            return done();
        }
        return value(v.toString());
    }

    /** Sends what is buffered to the {@link Writer} (and flushes it); nothing for a StringBuilder. */
    public void flush() {
        drain();
        try {
            if (chars != null) {
                chars.flush();
            } else if (bytes != null) {
                bytes.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonWriter open(char bracket) {
        separate();
        room(1);
        buf[len++] = (byte) bracket;
        if (depth == counts.length) {
            counts = java.util.Arrays.copyOf(counts, depth * 2);
        }
        counts[depth++] = 0;
        return this;
    }

    private JsonWriter close(char bracket) {
        int n = counts[--depth];
        if (n > 0 && indent >= 0) {
            newline(depth);
        }
        room(1);
        buf[len++] = (byte) bracket;
        return done();
    }

    /** Before a value or a member name: the separator and indentation its container needs. */
    private void separate() {
        if (afterName) {
            afterName = false;
            return;
        }
        if (depth == 0) {
            return;
        }
        int i = counts[depth - 1]++;
        if (indent < 0) {
            if (i > 0) {
                room(1);
                buf[len++] = ',';
            }
            return;
        }
        if (i > 0) {
            room(1);
            buf[len++] = ',';
        }
        newline(depth);
    }

    private JsonWriter done() {
        if (len >= FLUSH_AT || (text != null && depth == 0)) {
            drain();
        }
        return this;
    }

    private void drain() {
        try {
            if (text != null) {
                for (int i = 0; i < len; i++) {
                    text.append((char) buf[i]);
                }
            } else if (chars != null) {
                chars.write(new String(buf, 0, len, StandardCharsets.ISO_8859_1));
            } else {
                bytes.write(buf, 0, len);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        len = 0;
    }

    /** Makes room for {@code n} more bytes. */
    private void room(int n) {
        if (len + n > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + n));
        }
    }

    /** A line break and the indentation of {@code levels}. */
    private void newline(int levels) {
        int n = indent * levels;
        room(n + 1);
        buf[len++] = '\n';
        Arrays.fill(buf, len, len + n, (byte) ' ');
        len += n;
    }

    /** Text known to be printable ASCII. */
    private void ascii(String s) {
        room(s.length());
        for (int i = 0; i < s.length(); i++) {
            buf[len++] = (byte) s.charAt(i);
        }
    }

    /**
     * Writes {@code s} as a JSON string. A String seen just before (the same object, as member
     * names and constants are) is copied from its escaped bytes, kept in a small table by hash.
     */
    private void string(CharSequence s) {
        if (s instanceof String str) {
            int hash = str.hashCode();
            int slot = hash & (CACHE - 1);
            if (cachedKey[slot] != str) {
                int other = (hash >>> 6) & (CACHE - 1);
                slot = cachedKey[other] == str || cachedKey[slot] != null ? other : slot;
            }
            if (cachedKey[slot] == str) {
                byte[] e = cachedText[slot];
                room(e.length);
                System.arraycopy(e, 0, buf, len, e.length);
                len += e.length;
                return;
            }
            if (str.length() <= 32) {
                int from = len;
                escape(s);
                cachedKey[slot] = str;
                cachedText[slot] = Arrays.copyOfRange(buf, from, len);
                return;
            }
        }
        escape(s);
    }

    private void escape(CharSequence s) {
        room(s.length() + 2);
        buf[len++] = '"';
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c <= 0x7e && c != '"' && c != '\\') {
                if (len == buf.length) {
                    room(1);
                }
                buf[len++] = (byte) c;
                continue;
            }
            switch (c) {
                case '"' -> ascii("\\\"");
                case '\\' -> ascii("\\\\");
                case '\n' -> ascii("\\n");
                case '\r' -> ascii("\\r");
                case '\t' -> ascii("\\t");
                case '\b' -> ascii("\\b");
                case '\f' -> ascii("\\f");
                default -> ascii(String.format("\\u%04x", (int) c));
            }
        }
        room(1);
        buf[len++] = '"';
    }
}
