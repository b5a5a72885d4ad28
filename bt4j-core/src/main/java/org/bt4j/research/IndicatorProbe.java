package org.bt4j.research;

import java.util.Map;
import java.util.Objects;
import org.bt4j.feed.DataFeed;
import org.bt4j.indicator.IndicatorRegistry;
import org.bt4j.indicator.IndicatorRun;
import org.bt4j.line.LineContext;

/**
 * A {@link Probe} computing one registered indicator (with its sub-indicators) over the data, as
 * {@code bt4j indicator} does; it takes no decisions. Immutable; each call runs on the calling thread.
 */
public final class IndicatorProbe implements Probe {

    private final IndicatorRegistry.Entry entry;
    private final Map<String, String> params;
    private final IndicatorRun.Mode mode;

    /** The indicator {@code entry} with raw {@code params} (checked on the first run), computed in {@code mode}. */
    public IndicatorProbe(IndicatorRegistry.Entry entry, Map<String, String> params, IndicatorRun.Mode mode) {
        this.entry = Objects.requireNonNull(entry, "entry");
        this.params = Map.copyOf(params);
        this.mode = Objects.requireNonNull(mode, "mode");
    }

    @Override
    public Snapshot run(DataFeed data) {
        data.preload();
        try (LineContext ctx = LineContext.open()) {
            entry.create(data, params);
            IndicatorRun.run(mode, data, ctx.indicators());
            long[] times = java.util.Arrays.copyOf(data.datetime().array(), data.size());
            return new Snapshot(times, Snapshot.lines(ctx.indicators(), data.size()), java.util.List.of(), Double.NaN);
        }
    }
}
