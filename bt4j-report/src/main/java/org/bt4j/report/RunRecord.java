package org.bt4j.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the charts and the HTML report show about one finished run, independent of the
 * engine that produced it: the datas with their indicators and fills, the run's clock (the bar
 * times of the strategy, normally data 0's), the broker's cash and value per clock bar, the
 * drawdown, the trades, the analyzers' results (ordered maps, as backtrader's
 * {@code get_analysis()}) and the run settings. Build it with {@link #builder()}. Immutable once
 * built and safe to share between threads (arrays are not copied: do not change them afterwards).
 */
public final class RunRecord {

    private final String title;
    private final Map<String, String> settings;
    private final List<DataRecord> datas;
    private final long[] clock;
    private final double[] cash;
    private final double[] value;
    private final double[] drawdown;
    private final List<TradeRecord> trades;
    private final Map<String, Object> analyzers;

    private RunRecord(Builder b) {
        this.title = b.title;
        this.settings = Collections.unmodifiableMap(new LinkedHashMap<>(b.settings));
        this.datas = List.copyOf(b.datas);
        if (datas.isEmpty()) {
            throw new IllegalArgumentException("a run record needs at least one data");
        }
        this.clock = b.clock != null ? b.clock : datas.get(0).time();
        int n = clock.length;
        this.cash = checkClockLength("cash", b.cash, n);
        this.value = checkClockLength("value", b.value, n);
        double[] dd = b.drawdown;
        if (dd == null && value != null) {
            dd = drawdownPercent(value);
        }
        this.drawdown = checkClockLength("drawdown", dd, n);
        this.trades = List.copyOf(b.trades);
        this.analyzers = Collections.unmodifiableMap(new LinkedHashMap<>(b.analyzers));
    }

    private static double[] checkClockLength(String what, double[] values, int n) {
        if (values != null && values.length != n) {
            throw new IllegalArgumentException(what + " has " + values.length + " values for " + n + " clock bars");
        }
        return values;
    }

    /**
     * Drawdown in percent per bar, as backtrader's {@code DrawDown} observer computes it:
     * {@code 100 * (peak - value) / peak} with the running peak of the value.
     */
    public static double[] drawdownPercent(double[] value) {
        double[] dd = new double[value.length];
        double peak = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < value.length; i++) {
            double v = value[i];
            if (Double.isNaN(v)) {
                dd[i] = Double.NaN;
                continue;
            }
            peak = Math.max(peak, v);
            dd[i] = peak == 0 ? 0 : 100.0 * (peak - v) / peak;
        }
        return dd;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The report title (e.g. strategy name and data). */
    public String title() {
        return title;
    }

    /** Run settings shown in the report, in insertion order (strategy, params, cash, commission...). */
    public Map<String, String> settings() {
        return settings;
    }

    /** The datas, data 0 first. */
    public List<DataRecord> datas() {
        return datas;
    }

    /** The run's clock: bar times (UTC epoch nanoseconds) of the strategy; cash/value/drawdown follow it. */
    public long[] clock() {
        return clock;
    }

    /** Broker cash per clock bar, or null when not recorded. */
    public double[] cash() {
        return cash;
    }

    /** Broker value per clock bar, or null when not recorded. */
    public double[] value() {
        return value;
    }

    /** Drawdown in percent per clock bar, or null when no value was recorded. */
    public double[] drawdown() {
        return drawdown;
    }

    /** Trades, in ref order. */
    public List<TradeRecord> trades() {
        return trades;
    }

    /** Analyzer results by name, in the order they were added. */
    public Map<String, Object> analyzers() {
        return analyzers;
    }

    /** Builder of a {@link RunRecord}; not thread-safe. */
    public static final class Builder {
        private String title = "bt4j run";
        private final Map<String, String> settings = new LinkedHashMap<>();
        private final List<DataRecord> datas = new ArrayList<>();
        private long[] clock;
        private double[] cash;
        private double[] value;
        private double[] drawdown;
        private final List<TradeRecord> trades = new ArrayList<>();
        private final Map<String, Object> analyzers = new LinkedHashMap<>();

        private Builder() {
        }

        /** Sets the title. */
        public Builder title(String title) {
            this.title = Objects.requireNonNull(title, "title");
            return this;
        }

        /** Adds one run setting. */
        public Builder setting(String key, Object value) {
            settings.put(Objects.requireNonNull(key, "key"), String.valueOf(value));
            return this;
        }

        /** Adds a data. */
        public Builder data(DataRecord data) {
            datas.add(Objects.requireNonNull(data, "data"));
            return this;
        }

        /** Sets the clock (defaults to data 0's bar times). */
        public Builder clock(long[] clock) {
            this.clock = clock;
            return this;
        }

        /** Sets the broker cash and value per clock bar. */
        public Builder broker(double[] cash, double[] value) {
            this.cash = cash;
            this.value = value;
            return this;
        }

        /** Sets the drawdown in percent per clock bar (computed from the value when not set). */
        public Builder drawdown(double[] drawdown) {
            this.drawdown = drawdown;
            return this;
        }

        /** Adds a trade. */
        public Builder trade(TradeRecord trade) {
            trades.add(Objects.requireNonNull(trade, "trade"));
            return this;
        }

        /** Adds an analyzer's result (an ordered map as backtrader's {@code get_analysis()}). */
        public Builder analyzer(String name, Object analysis) {
            analyzers.put(Objects.requireNonNull(name, "name"), analysis);
            return this;
        }

        /** Builds the record; throws IllegalArgumentException on inconsistent lengths. */
        public RunRecord build() {
            return new RunRecord(this);
        }
    }
}
