package org.bt4j.util;

import java.util.Collection;
import java.util.Map;

/**
 * Writes maps (in their iteration order), collections, numbers, strings, booleans and nulls as JSON
 * the way Python's {@code json.dumps} does: floats as Python's {@code repr}, strings ASCII-only
 * ({@code ensure_ascii}). Two layouts: {@link #pretty} for the CLI's result documents and
 * {@link #compact} for one record per line. Stateless and thread-safe.
 */
public final class Json {

    private static final Json PRETTY = new Json(1, true);
    private static final Json COMPACT = new Json(-1, false);

    /** Spaces per nesting level, or -1 for one line with no spaces. */
    private final int indent;
    /** Non-finite floats as the strings "nan", "inf", "-inf" (golden README) instead of NaN, Infinity. */
    private final boolean quotedNonFinite;

    private Json(int indent, boolean quotedNonFinite) {
        this.indent = indent;
        this.quotedNonFinite = quotedNonFinite;
    }

    /**
     * {@code value} laid out like {@code json.dumps(value, indent=1)}, with NaN and infinities as the
     * strings {@code "nan"}, {@code "inf"}, {@code "-inf"} (golden/README.md); no trailing newline.
     */
    public static String pretty(Object value) {
        return PRETTY.write(value, 128);
    }

    /**
     * {@code value} on one line like {@code json.dumps(value, separators=(',', ':'))}, with NaN and
     * infinities as {@code NaN}, {@code Infinity}, {@code -Infinity}.
     */
    public static String compact(Object value) {
        return COMPACT.write(value, 128);
    }

    private String write(Object value, int capacity) {
        StringBuilder b = new StringBuilder(capacity);
        write(b, value, 0);
        return b.toString();
    }

    private void write(StringBuilder b, Object v, int depth) {
        if (v == null) {
            b.append("null");
        } else if (v instanceof Map<?, ?> m) {
            open(b, '{', m.isEmpty());
            int i = 0;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                item(b, i++, depth + 1);
                string(b, String.valueOf(e.getKey()));
                b.append(indent < 0 ? ":" : ": ");
                write(b, e.getValue(), depth + 1);
            }
            close(b, '}', m.isEmpty(), depth);
        } else if (v instanceof Collection<?> c) {
            open(b, '[', c.isEmpty());
            int i = 0;
            for (Object o : c) {
                item(b, i++, depth + 1);
                write(b, o, depth + 1);
            }
            close(b, ']', c.isEmpty(), depth);
        } else if (v instanceof Double || v instanceof Float) {
            number(b, ((Number) v).doubleValue());
        } else if (v instanceof Number || v instanceof Boolean) {
            b.append(v);
        } else {
            string(b, v.toString());
        }
    }

    private void number(StringBuilder b, double d) {
        if (Double.isFinite(d)) {
            b.append(PyFormat.repr(d));
        } else if (quotedNonFinite) {
            string(b, PyFormat.repr(d));
        } else {
            b.append(Double.isNaN(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity");
        }
    }

    private void open(StringBuilder b, char bracket, boolean empty) {
        b.append(bracket);
        if (!empty && indent >= 0) {
            b.append('\n');
        }
    }

    /** Starts the {@code index}-th member of a container whose members stand at {@code depth}. */
    private void item(StringBuilder b, int index, int depth) {
        if (index > 0) {
            b.append(indent < 0 ? "," : ",\n");
        }
        spaces(b, depth);
    }

    private void close(StringBuilder b, char bracket, boolean empty, int depth) {
        if (!empty && indent >= 0) {
            b.append('\n');
            spaces(b, depth);
        }
        b.append(bracket);
    }

    private void spaces(StringBuilder b, int depth) {
        for (int i = 0, n = Math.max(0, indent) * depth; i < n; i++) {
            b.append(' ');
        }
    }

    private static void string(StringBuilder b, String s) {
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
