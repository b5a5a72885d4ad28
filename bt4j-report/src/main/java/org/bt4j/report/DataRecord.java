package org.bt4j.report;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * One data feed of a run as the charts need it: bar times (UTC epoch nanoseconds, bar end as in
 * backtrader), open/high/low/close/volume arrays, the zone the bars are displayed in, the
 * indicators drawn with it and its buy/sell fills. Immutable value; the arrays are not copied,
 * so the caller must not change them afterwards. Safe to share between threads once built.
 */
public final class DataRecord {

    private final String name;
    private final ZoneId zone;
    private final long[] time;
    private final double[] open;
    private final double[] high;
    private final double[] low;
    private final double[] close;
    private final double[] volume;
    private final List<IndicatorRecord> indicators;
    private final List<FillMarker> fills;

    private DataRecord(String name, ZoneId zone, long[] time, double[] open, double[] high, double[] low,
                       double[] close, double[] volume, List<IndicatorRecord> indicators, List<FillMarker> fills) {
        this.name = Objects.requireNonNull(name, "name");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.time = Objects.requireNonNull(time, "time");
        int n = time.length;
        this.open = checkLength("open", open, n);
        this.high = checkLength("high", high, n);
        this.low = checkLength("low", low, n);
        this.close = checkLength("close", close, n);
        this.volume = checkLength("volume", volume, n);
        for (int i = 1; i < n; i++) {
            if (time[i] < time[i - 1]) {
                throw new IllegalArgumentException("data '" + name + "': bar times go backwards at bar " + i);
            }
        }
        this.indicators = List.copyOf(indicators);
        for (IndicatorRecord ind : this.indicators) {
            for (PlotLine line : ind.lines()) {
                checkLength(ind.label() + "." + line.name(), line.values(), n);
            }
        }
        this.fills = List.copyOf(fills);
        for (FillMarker f : this.fills) {
            if (f.bar() >= n) {
                throw new IllegalArgumentException("data '" + name + "': fill at bar " + f.bar() + " but only " + n + " bars");
            }
        }
    }

    private double[] checkLength(String what, double[] values, int n) {
        Objects.requireNonNull(values, what);
        if (values.length != n) {
            throw new IllegalArgumentException("data '" + name + "': " + what + " has " + values.length
                    + " values for " + n + " bars");
        }
        return values;
    }

    /**
     * A data record.
     *
     * @param name       the data's name (the file name without extension for CSV feeds)
     * @param zone       display zone of the bar times
     * @param time       bar times, UTC epoch nanoseconds, non-decreasing
     * @param open       opens, one per bar
     * @param high       highs
     * @param low        lows
     * @param close      closes
     * @param volume     volumes
     * @param indicators indicators plotted with this data
     * @param fills      buy/sell executions on this data
     */
    public static DataRecord of(String name, ZoneId zone, long[] time, double[] open, double[] high, double[] low,
                                double[] close, double[] volume, List<IndicatorRecord> indicators,
                                List<FillMarker> fills) {
        return new DataRecord(name, zone, time, open, high, low, close, volume, indicators, fills);
    }

    /** The data's name. */
    public String name() {
        return name;
    }

    /** The zone bar times are displayed in. */
    public ZoneId zone() {
        return zone;
    }

    /** Number of bars. */
    public int size() {
        return time.length;
    }

    /** Bar times, UTC epoch nanoseconds. */
    public long[] time() {
        return time;
    }

    /** Opens. */
    public double[] open() {
        return open;
    }

    /** Highs. */
    public double[] high() {
        return high;
    }

    /** Lows. */
    public double[] low() {
        return low;
    }

    /** Closes. */
    public double[] close() {
        return close;
    }

    /** Volumes. */
    public double[] volume() {
        return volume;
    }

    /** Whether any bar has a non-zero volume (backtrader skips the volume overlay otherwise). */
    public boolean hasVolume() {
        for (double v : volume) {
            if (v != 0 && !Double.isNaN(v)) {
                return true;
            }
        }
        return false;
    }

    /** Indicators drawn with this data, in the order they were created. */
    public List<IndicatorRecord> indicators() {
        return indicators;
    }

    /** Buy/sell executions on this data. */
    public List<FillMarker> fills() {
        return fills;
    }
}
