package org.bt4j.opt;

import java.io.Writer;
import java.util.List;
import org.bt4j.util.Json;
import org.bt4j.util.PyFormat;

/**
 * Writes optimisation results as CSV, one row per combination in grid order: {@code index},
 * one column per parameter, {@code value}, {@code cash}, {@code error} (empty when the run
 * finished), and with analyzers a last {@code analyzers} column holding their results as JSON.
 * Numbers print as Python's {@code repr}. Not thread-safe: the optimizer calls it one result at a
 * time (see {@link ResultSink}).
 */
public final class CsvResults implements ResultSink {

    private final ResultText out;
    private final List<String> params;
    private final boolean withAnalyzers;
    private final StringBuilder row = new StringBuilder(256);

    /** Writes the header row now. */
    public CsvResults(Writer out, List<String> paramNames, boolean withAnalyzers) {
        this.out = new ResultText(out);
        this.params = List.copyOf(paramNames);
        this.withAnalyzers = withAnalyzers;
        row.append("index");
        for (String p : params) {
            row.append(',');
            field(p);
        }
        row.append(",value,cash,error");
        if (withAnalyzers) {
            row.append(",analyzers");
        }
        flushRow();
    }

    @Override
    public void accept(OptResult r) {
        row.append(r.index());
        for (String p : params) {
            row.append(',');
            field(String.valueOf(r.params().get(p)));
        }
        row.append(',').append(r.failed() ? "" : PyFormat.repr(r.value()));
        row.append(',').append(r.failed() ? "" : PyFormat.repr(r.cash()));
        row.append(',');
        field(r.failed() ? r.error() : "");
        if (withAnalyzers) {
            row.append(',');
            field(r.failed() ? "" : Json.compact(r.analyses()));
        }
        flushRow();
    }

    private void field(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            row.append(s);
        } else {
            row.append('"').append(s.replace("\"", "\"\"")).append('"');
        }
    }

    private void flushRow() {
        out.line(row);
        row.setLength(0);
    }

    @Override
    public void close() {
        out.flush();
    }
}
