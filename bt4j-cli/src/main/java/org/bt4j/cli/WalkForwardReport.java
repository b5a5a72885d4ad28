package org.bt4j.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bt4j.feed.DataFeed;
import org.bt4j.report.DataRecord;
import org.bt4j.report.RunRecord;
import org.bt4j.report.html.HtmlReport;
import org.bt4j.research.WalkForward;

/**
 * The HTML run report of a walk-forward ({@code bt4j walkforward --report}): the out-of-sample bars,
 * the stitched equity and its drawdown, the settings with the efficiency ratio, and the windows
 * (parameters, returns, efficiency) as an analyzer table. Stateless; call on the command's thread.
 */
final class WalkForwardReport {

    private WalkForwardReport() {
    }

    /** Writes the report of {@code r} over {@code data} (preloaded) to {@code file}, atomically. */
    static void write(WalkForward.Result r, DataFeed data, Map<String, Object> settings, Path file) {
        int from = r.windows().get(0).outFrom();
        int to = r.windows().get(r.windows().size() - 1).outTo();
        RunRecord.Builder b = RunRecord.builder().title("walk-forward of " + settings.get("strategy"))
            .data(DataRecord.of(data.name(), data.tz(), r.times(), cut(data, DataFeed.OPEN, from, to),
                cut(data, DataFeed.HIGH, from, to), cut(data, DataFeed.LOW, from, to),
                cut(data, DataFeed.CLOSE, from, to), cut(data, DataFeed.VOLUME, from, to), List.of(), List.of()))
            .broker(null, r.equity());
        settings.forEach(b::setting);
        b.setting("efficiency ratio", r.efficiency());
        Map<String, Object> windows = new LinkedHashMap<>();
        int i = 0;
        for (WalkForward.Window w : r.windows()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("in sample", "bars " + w.inFrom() + "-" + (w.outFrom() - 1));
            row.put("out of sample", "bars " + w.outFrom() + "-" + (w.outTo() - 1));
            row.put("params", w.params());
            row.put("in metric", w.inMetric());
            row.put("in return", w.inReturn());
            row.put("out return", w.outReturn());
            row.put("efficiency", w.efficiency());
            windows.put("window " + i++, row);
        }
        b.analyzer("walk-forward windows", windows);
        HtmlReport.write(b.build(), file);
    }

    private static double[] cut(DataFeed data, int line, int from, int to) {
        return Arrays.copyOfRange(data.buffer(line).array(), from, to);
    }
}
