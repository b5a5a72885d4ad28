package org.bt4j.report.html;

import java.time.temporal.TemporalAccessor;
import java.util.Map;

/**
 * A small JSON writer for the data the report embeds in its page: numbers in shortest
 * round-trip form with non-finite values as {@code null} (the chart library treats them as gaps),
 * strings escaped so that the text is also safe inside an HTML {@code <script>} element
 * ({@code </} is written as {@code <\/}). Not thread-safe; one per document.
 */
final class Json {

    private final StringBuilder out;

    Json(StringBuilder out) {
        this.out = out;
    }

    Json raw(String s) {
        out.append(s);
        return this;
    }

    Json number(double v) {
        if (!Double.isFinite(v)) {
            out.append("null");
        } else if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            out.append((long) v);
        } else {
            out.append(v);
        }
        return this;
    }

    Json numbers(double[] values) {
        out.append('[');
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            number(values[i]);
        }
        out.append(']');
        return this;
    }

    Json numbers(long[] values) {
        out.append('[');
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(values[i]);
        }
        out.append(']');
        return this;
    }

    Json string(String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '/' -> out.append(i > 0 && s.charAt(i - 1) == '<' ? "\\/" : "/");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
        return this;
    }

    Json key(String k) {
        string(k);
        out.append(':');
        return this;
    }

    /** Any value of an analyzer result: maps, lists, numbers, booleans, strings, dates, null. */
    Json value(Object v) {
        if (v == null) {
            out.append("null");
        } else if (v instanceof Number n) {
            number(n.doubleValue());
        } else if (v instanceof Boolean b) {
            out.append(b);
        } else if (v instanceof Map<?, ?> m) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                key(ReportValues.text(e.getKey()));
                value(e.getValue());
            }
            out.append('}');
        } else if (v instanceof Iterable<?> it) {
            out.append('[');
            boolean first = true;
            for (Object o : it) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                value(o);
            }
            out.append(']');
        } else if (v instanceof TemporalAccessor) {
            string(ReportValues.text(v));
        } else {
            string(v.toString());
        }
        return this;
    }
}
