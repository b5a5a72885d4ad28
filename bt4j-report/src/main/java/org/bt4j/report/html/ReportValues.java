package org.bt4j.report.html;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bt4j.util.PyFormat;

/**
 * How analyzer values are shown as text: floats as Python's {@code repr} (so the report reads
 * like backtrader's own output), dates and datetimes as {@code %Y-%m-%dT%H:%M:%S} (dates at
 * midnight), lists as {@code [a, b]}; and the flattening of nested analyzer maps into
 * dotted-key rows. Stateless; thread-safe.
 */
final class ReportValues {

    private static final DateTimeFormatter DT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private ReportValues() {
    }

    /** One row of a flattened analyzer result. */
    record Row(String key, Object value) {
    }

    static String text(Object v) {
        if (v == null) {
            return "None";
        }
        if (v instanceof Double || v instanceof Float) {
            return PyFormat.repr(((Number) v).doubleValue());
        }
        if (v instanceof LocalDate d) {
            return DT.format(d.atStartOfDay());
        }
        if (v instanceof LocalDateTime dt) {
            return DT.format(dt);
        }
        if (v instanceof Instant i) {
            return DT.format(LocalDateTime.ofInstant(i, ZoneOffset.UTC));
        }
        if (v instanceof TemporalAccessor t) {
            return DT.format(t);
        }
        if (v instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (v instanceof Iterable<?> it) {
            StringBuilder sb = new StringBuilder("[");
            for (Object o : it) {
                sb.append(sb.length() > 1 ? ", " : "").append(text(o));
            }
            return sb.append(']').toString();
        }
        if (v instanceof double[] a) {
            StringBuilder sb = new StringBuilder("[");
            for (double d : a) {
                sb.append(sb.length() > 1 ? ", " : "").append(PyFormat.repr(d));
            }
            return sb.append(']').toString();
        }
        return v.toString();
    }

    /** Flattens nested maps into rows with dotted keys ({@code won.pnl.total}); other values are leaves. */
    static List<Row> flatten(Object analysis) {
        List<Row> rows = new ArrayList<>();
        flatten("", analysis, rows);
        return rows;
    }

    private static void flatten(String prefix, Object v, List<Row> rows) {
        if (v instanceof Map<?, ?> m && !m.isEmpty()) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                String k = text(e.getKey());
                flatten(prefix.isEmpty() ? k : prefix + "." + k, e.getValue(), rows);
            }
        } else {
            rows.add(new Row(prefix.isEmpty() ? "(value)" : prefix, v instanceof Map<?, ?> ? "{}" : v));
        }
    }
}
