package org.bt4j.util;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Collection;
import java.util.Map;

/**
 * Writes JSON in one pass, member by member, the way Python's {@code json.dumps} lays it out: with
 * {@code indent=1} ({@link #pretty}) or on one line with separators {@code (',', ':')}
 * ({@link #compact}); floats as Python's {@code repr}, strings ASCII-only. Non-finite floats are
 * written in one of three ways ({@link NonFinite}). Text goes to a {@link StringBuilder} or, in
 * 64 KiB pieces, to a {@link Writer}, so a document of any size needs no more memory than one piece.
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

    private final StringBuilder b;
    private final Writer sink;
    /** Spaces per nesting level, or -1 for one line with no spaces. */
    private final int indent;
    private final NonFinite nonFinite;
    /** Members written so far in each open container; depth = number of open containers. */
    private int[] counts = new int[16];
    private int depth;
    /** A member name was just written; its value follows without a separator. */
    private boolean afterName;

    private JsonWriter(StringBuilder b, Writer sink, int indent, NonFinite nonFinite) {
        this.b = b;
        this.sink = sink;
        this.indent = indent;
        this.nonFinite = nonFinite;
    }

    /** A writer appending {@code json.dumps(…, indent=1)} layout to {@code out}. */
    public static JsonWriter pretty(StringBuilder out, NonFinite nonFinite) {
        return new JsonWriter(out, null, 1, nonFinite);
    }

    /** A writer sending {@code json.dumps(…, indent=1)} layout to {@code out} in pieces; call {@link #flush()} at the end. */
    public static JsonWriter pretty(Writer out, NonFinite nonFinite) {
        return new JsonWriter(new StringBuilder(FLUSH_AT + 1024), out, 1, nonFinite);
    }

    /** A writer appending the one-line layout ({@code separators=(',', ':')}) to {@code out}. */
    public static JsonWriter compact(StringBuilder out, NonFinite nonFinite) {
        return new JsonWriter(out, null, -1, nonFinite);
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
        b.append(indent < 0 ? ":" : ": ");
        afterName = true;
        return this;
    }

    /** A float as Python's {@code repr}; non-finite ones as this writer's {@link NonFinite} rule. */
    public JsonWriter value(double d) {
        separate();
        if (Double.isFinite(d)) {
            PyFormat.repr(d, b);
        } else if (nonFinite == NonFinite.QUOTED) {
            string(PyFormat.repr(d));
        } else if (nonFinite == NonFinite.NULL) {
            b.append("null");
        } else {
            b.append(Double.isNaN(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity");
        }
        return done();
    }

    /** An integer. */
    public JsonWriter value(long v) {
        separate();
        b.append(v);
        return done();
    }

    /** A string, or null. */
    public JsonWriter value(String s) {
        separate();
        if (s == null) {
            b.append("null");
        } else {
            string(s);
        }
        return done();
    }

    /** {@code null}. */
    public JsonWriter nullValue() {
        separate();
        b.append("null");
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
            b.append(v);
            return done();
        }
        return value(v.toString());
    }

    /** Sends what is buffered to the {@link Writer} (and flushes it); nothing for a StringBuilder. */
    public void flush() {
        if (sink != null) {
            drain();
            try {
                sink.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private JsonWriter open(char bracket) {
        separate();
        b.append(bracket);
        if (depth == counts.length) {
            counts = java.util.Arrays.copyOf(counts, depth * 2);
        }
        counts[depth++] = 0;
        return this;
    }

    private JsonWriter close(char bracket) {
        int n = counts[--depth];
        if (n > 0 && indent >= 0) {
            b.append('\n');
            spaces(depth);
        }
        b.append(bracket);
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
                b.append(',');
            }
            return;
        }
        b.append(i > 0 ? ",\n" : "\n");
        spaces(depth);
    }

    private JsonWriter done() {
        if (sink != null && b.length() >= FLUSH_AT) {
            drain();
        }
        return this;
    }

    private void drain() {
        try {
            sink.append(b);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        b.setLength(0);
    }

    private void spaces(int levels) {
        for (int i = 0, n = indent * levels; i < n; i++) {
            b.append(' ');
        }
    }

    private void string(String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        b.append('"');
    }
}
