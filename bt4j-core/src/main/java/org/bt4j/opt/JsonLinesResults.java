package org.bt4j.opt;

import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bt4j.util.Json;
import org.bt4j.util.JsonWriter;

/**
 * Writes optimisation results as JSON lines, one object per combination in grid order:
 * {@code {"index":…, "params":{…}, "value":…, "cash":…, "analyzers":{…}}} or, for a failed
 * combination, {@code {"index":…, "params":{…}, "error":"…"}} (schema {@code bt4j.optimize/1},
 * SCHEMA.md): strict JSON, a parameter that reads as a number written as that number, NaN and
 * infinities as null. Not thread-safe: the optimizer calls it one result at a time (see
 * {@link ResultSink}).
 */
public final class JsonLinesResults implements ResultSink {

    private final ResultText out;

    /** Writes to {@code out}. */
    public JsonLinesResults(Writer out) {
        this.out = new ResultText(out);
    }

    @Override
    public void accept(OptResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("index", r.index());
        Map<String, Object> params = new LinkedHashMap<>();
        r.params().forEach((k, v) -> params.put(k, typed(v)));
        m.put("params", params);
        if (r.failed()) {
            m.put("error", r.error());
        } else {
            m.put("value", r.value());
            m.put("cash", r.cash());
            if (!r.analyses().isEmpty()) {
                m.put("analyzers", r.analyses());
            }
        }
        out.line(Json.compact(m, JsonWriter.NonFinite.NULL));
    }

    /** A grid value as JSON shows it: an integer or finite decimal text as that number, else as it is. */
    static Object typed(Object v) {
        if (!(v instanceof String s) || s.isEmpty()) {
            return v;
        }
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            // not an integer
        }
        if (s.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?")) {
            double d = Double.parseDouble(s);
            return Double.isFinite(d) ? d : s;
        }
        return s;
    }

    @Override
    public void close() {
        out.flush();
    }
}
