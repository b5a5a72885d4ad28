package org.bt4j.opt;

import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bt4j.util.Json;

/**
 * Writes optimisation results as JSON lines, one object per combination as it completes:
 * {@code {"index":…, "params":{…}, "value":…, "cash":…, "analyzers":{…}}} or, for a failed
 * combination, {@code {"index":…, "params":{…}, "error":"…"}}. Not thread-safe: the optimizer
 * calls it one result at a time (see {@link ResultSink}).
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
        m.put("params", r.params());
        if (r.failed()) {
            m.put("error", r.error());
        } else {
            m.put("value", r.value());
            m.put("cash", r.cash());
            if (!r.analyses().isEmpty()) {
                m.put("analyzers", r.analyses());
            }
        }
        out.line(Json.compact(m));
    }

    @Override
    public void close() {
        out.flush();
    }
}
