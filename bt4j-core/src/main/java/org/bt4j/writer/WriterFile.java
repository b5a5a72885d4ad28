package org.bt4j.writer;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.bt4j.analyzer.Analyzer;
import org.bt4j.analyzer.TimeFrameAnalyzerBase;
import org.bt4j.feed.DataFeed;
import org.bt4j.indicator.MovAv;
import org.bt4j.indicator.MovingAverageType;
import org.bt4j.line.Indicator;
import org.bt4j.line.LineSeries;
import org.bt4j.observer.Observer;
import org.bt4j.strategy.ParamBinder;
import org.bt4j.strategy.Strategy;
import org.bt4j.time.DateNum;
import org.bt4j.time.TimeFrame;
import org.bt4j.util.AtomicFile;
import org.bt4j.util.PyFormat;

/**
 * backtrader's {@code WriterFile}: with {@code csv} on, a separator line, a header row and then
 * one CSV row per bar cycle covering every data (name, len, datetime, open, high, low, close,
 * volume, openinterest), every strategy (name, len, datetime), the indicators it declared and its
 * observers (name, len, each line); at the end, in every case, the run summary in backtrader's
 * indented layout (datas, strategy parameters, indicators, observers, value begin/end, each
 * analyzer's results). NaN is written as an empty field ({@code csv_filternan}), numbers as
 * Python prints them, times as Python's {@code str(datetime)} in the data's zone (also for the
 * strategy's datetime, which backtrader prints as a float day number). Output goes to a stream
 * (e.g. stdout) or a file written atomically. Driven by the engine thread only.
 */
public final class WriterFile {

    /** Analyzers added under a name with this prefix are bt4j's own recorders: not written. */
    public static final String INTERNAL_PREFIX = "bt4j.";

    private static final String[] SEPARATORS = {"=", "-", "+", "*", ".", "~", "\"", "^", "#"};

    private Writer out;
    private final boolean closeOut;
    private final Path target;
    private AtomicFile file;
    private boolean csv;
    private String csvSep = ",";
    private boolean filterNan = true;
    private boolean counter = true;
    private boolean indicators;
    private int indent = 2;
    private int sepLen = 79;
    private Integer rounding;

    private List<DataFeed> datas = List.of();
    private List<Strategy> strategies = List.of();
    private List<String> analyzerNames = List.of();
    private final List<List<LineSeries>> csvSeries = new ArrayList<>();
    private Number startValue;
    private long rows;
    private final StringBuilder row = new StringBuilder(512);
    private int fields;

    private WriterFile(Writer out, boolean closeOut, Path target) {
        this.out = out;
        this.closeOut = closeOut;
        this.target = target;
    }

    /** Writes to {@code out} (e.g. stdout); {@code closeOut}: close it at the end (backtrader's {@code close_out}). */
    public static WriterFile to(Writer out, boolean closeOut) {
        return new WriterFile(Objects.requireNonNull(out, "out"), closeOut, null);
    }

    /**
     * Writes to {@code target}, which appears only when the run completes ({@link #abort()}
     * otherwise leaves nothing; nothing is opened before {@link #start}). Checks the name first
     * (one-line error).
     */
    public static WriterFile to(Path target) {
        AtomicFile.check("--writer", target);
        return new WriterFile(null, true, target);
    }

    /** Writes the per-bar CSV rows (backtrader's {@code csv}, default off: summary only). */
    public WriterFile csv(boolean on) {
        csv = on;
        return this;
    }

    /** Field separator (default {@code ,}). */
    public WriterFile csvSep(String sep) {
        csvSep = Objects.requireNonNull(sep, "sep");
        return this;
    }

    /** Writes NaN as an empty field (default on). */
    public WriterFile csvFilterNan(boolean on) {
        filterNan = on;
        return this;
    }

    /** First column counts the rows (default on). */
    public WriterFile csvCounter(boolean on) {
        counter = on;
        return this;
    }

    /**
     * Includes every indicator the strategy declared in the CSV rows (default off: as in
     * backtrader, only those whose {@link Indicator#csv(boolean) csv} attribute is set).
     */
    public WriterFile indicators(boolean on) {
        indicators = on;
        return this;
    }

    /** Summary indentation per level (default 2). */
    public WriterFile indent(int spaces) {
        if (spaces < 0) {
            throw new IllegalArgumentException("indent must be >= 0, got " + spaces);
        }
        indent = spaces;
        return this;
    }

    /** Length of separator lines (default 79). */
    public WriterFile sepLen(int len) {
        if (len < 1) {
            throw new IllegalArgumentException("seplen must be >= 1, got " + len);
        }
        sepLen = len;
        return this;
    }

    /** Rounds summary floats to {@code decimals} (null: no rounding, the default). */
    public WriterFile rounding(Integer decimals) {
        rounding = decimals;
        return this;
    }

    // ---- driven by the engine ---------------------------------------------------------------

    /**
     * Before the first bar: remembers what to write and writes the separator and header row.
     *
     * @param analyzerNames the names the analyzers were added under, in order
     */
    public void start(List<DataFeed> runDatas, List<Strategy> runStrategies, List<String> analyzerNames) {
        if (target != null) {
            file = AtomicFile.open(target);
            out = new OutputStreamWriter(file.out(), StandardCharsets.UTF_8);
        }
        this.datas = List.copyOf(runDatas);
        this.strategies = List.copyOf(runStrategies);
        this.analyzerNames = List.copyOf(analyzerNames);
        startValue = strategies.isEmpty() ? Double.NaN : strategies.get(0).broker().startingCashAsGiven();
        if (!csv) {
            return;
        }
        separator(0);
        if (counter) {
            field("Id");
        }
        for (DataFeed d : datas) {
            header(d.name(), List.of("datetime", "open", "high", "low", "close", "volume", "openinterest"));
        }
        for (Strategy s : strategies) {
            header(className(s), List.of("datetime"));
            List<LineSeries> series = new ArrayList<>();
            for (Indicator ind : s.indicators()) {
                if (!ind.isNested() && (indicators || ind.csv())) {
                    series.add(ind);
                }
            }
            series.addAll(s.observers());
            for (LineSeries ls : series) {
                List<String> names = new ArrayList<>();
                for (int i = 0; i < ls.lineCount(); i++) {
                    names.add(ls.lineName(i));
                }
                header(csvName(ls), names);
            }
            csvSeries.add(series);
        }
        endRow();
    }

    private void header(String name, List<String> lines) {
        field(name);
        field("len");
        for (String l : lines) {
            field(l);
        }
    }

    /**
     * A strategy's class name as backtrader prints it; an anonymous class ({@code new Strategy() { }},
     * backtrader's plain {@code bt.Strategy}) by the class it extends.
     */
    private static String className(Strategy s) {
        Class<?> c = s.getClass();
        while (c.isAnonymousClass()) {
            c = c.getSuperclass();
        }
        return c.getSimpleName();
    }

    /** backtrader's {@code plotinfo.plotname or __class__.__name__}: an indicator's short name, an observer's plot name. */
    private static String csvName(LineSeries ls) {
        return ls instanceof Indicator ? ((Indicator) ls).name() : ((Observer) ls).plotName();
    }

    /** One bar cycle: a CSV row (when {@code csv} is on). */
    public void next() {
        if (!csv) {
            return;
        }
        if (counter) {
            field(Long.toString(++rows));
        }
        for (DataFeed d : datas) {
            field(d.name());
            field(Integer.toString(d.len()));
            if (d.len() > 0) {
                field(pyDatetime(d.datetime(0), d.tz()));
                number(d.open().get(0));
                number(d.high().get(0));
                number(d.low().get(0));
                number(d.close().get(0));
                number(d.volume().get(0));
                number(d.openInterest().get(0));
            } else {
                for (int i = 0; i < 7; i++) {
                    field("");
                }
            }
        }
        for (int k = 0; k < strategies.size(); k++) {
            Strategy s = strategies.get(k);
            field(className(s));
            field(Integer.toString(s.len()));
            // backtrader's strategy datetime line holds the day number of the bar's UTC time
            field(s.datetime() == Long.MIN_VALUE ? "" : PyFormat.repr(DateNum.date2num(local(s.datetime(), ZoneOffset.UTC))));
            for (LineSeries ls : csvSeries.get(k)) {
                field(csvName(ls));
                int len = ls.len();
                field(Integer.toString(len));
                for (int i = 0; i < ls.lineCount(); i++) {
                    number(len > 0 ? ls.line(i).get(0) : Double.NaN);
                }
            }
        }
        endRow();
    }

    /** After the last bar: the summary; then closes (a file is committed). */
    public void stop() {
        Map<String, Object> cerebro = new LinkedHashMap<>();
        Map<String, Object> dinfo = new LinkedHashMap<>();
        for (int i = 0; i < datas.size(); i++) {
            DataFeed d = datas.get(i);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("Name", d.name());
            m.put("Timeframe", d.timeFrame().name());
            m.put("Compression", d.compression());
            dinfo.put("Data" + i, m);
        }
        cerebro.put("Datas", dinfo);
        Map<String, Object> sinfo = new LinkedHashMap<>();
        for (Strategy s : strategies) {
            sinfo.put(className(s), strategyInfo(s));
        }
        cerebro.put("Strategies", sinfo);
        writeDict(Map.of("Cerebro", cerebro), 0, false);
        finish();
    }

    /**
     * backtrader's {@code Strategy.getwriterinfo}: the strategy's parameters, then per indicator
     * and observer (by name: a later one of the same name replaces the values of an earlier one,
     * as in backtrader's dict) its lines and parameters, then the value at start and end and
     * each analyzer's parameters and analysis.
     */
    private Map<String, Object> strategyInfo(Strategy s) {
        Map<String, Object> w = new LinkedHashMap<>();
        w.put("Params", ParamBinder.values(s));
        Map<String, Object> inds = new LinkedHashMap<>();
        for (Indicator ind : s.indicators()) {
            if (!ind.isNested()) {
                inds.put(ind.name(), itemInfo(ind, ind.params()));
            }
        }
        w.put("Indicators", inds);
        Map<String, Object> obs = new LinkedHashMap<>();
        for (Observer o : s.observers()) {
            obs.put(o.getClass().getSimpleName(), itemInfo(o, o.params()));
        }
        w.put("Observers", obs);
        Map<String, Object> an = new LinkedHashMap<>();
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("Begin", startValue);
        value.put("End", s.broker().getValue());
        an.put("Value", value);
        for (int i = 0; i < analyzerNames.size() && i < s.analyzers().size(); i++) {
            if (!analyzerNames.get(i).startsWith(INTERNAL_PREFIX)) {
                Analyzer a = s.analyzers().get(i);
                Map<String, Object> info = new LinkedHashMap<>();
                putParams(info, a.params());
                info.put("Analysis", analysis(a));
                an.put(analyzerNames.get(i), info);
            }
        }
        w.put("Analyzers", an);
        return w;
    }

    private static Map<String, Object> itemInfo(LineSeries ls, Map<String, Object> params) {
        Map<String, Object> info = new LinkedHashMap<>();
        List<String> n = new ArrayList<>();
        for (int i = 0; i < ls.lineCount(); i++) {
            n.add(ls.lineName(i));
        }
        info.put("Lines", n.isEmpty() ? null : n);
        putParams(info, params);
        return info;
    }

    /** backtrader's {@code Params}: the parameters, or None when there are none (left out when not declared). */
    private static void putParams(Map<String, Object> info, Map<String, Object> params) {
        if (params != null) {
            info.put("Params", params.isEmpty() ? null : params);
        }
    }

    /**
     * The analyzer's results with the period keys of a time-frame analyzer as Python prints
     * backtrader's keys: {@code 2005-12-31} for years (a date), {@code 2005-01-31 00:00:00}
     * otherwise (a datetime).
     */
    private static Map<String, Object> analysis(Analyzer a) {
        Map<String, Object> res = a.analysis();
        if (!(a instanceof TimeFrameAnalyzerBase)) {
            return res;
        }
        boolean dates = ((TimeFrameAnalyzerBase) a).dateKeys();
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : res.entrySet()) {
            String k = e.getKey();
            if (k.length() == 19 && k.charAt(10) == 'T') {
                k = dates ? k.substring(0, 10) : k.replace('T', ' ');
            }
            out.put(k, e.getValue());
        }
        return out;
    }

    /** Drops the output: a file target is never created; a stream is closed if it was to be. */
    public void abort() {
        if (target != null) {
            if (file != null) {
                file.close();
            }
        } else {
            finish();
        }
    }

    private void finish() {
        try {
            out.flush();
            if (file != null) {
                file.commit();
            } else if (closeOut) {
                out.close();
            }
        } catch (IOException e) {
            if (file != null) {
                file.close();
            }
            throw new UncheckedIOException("cannot write the writer output: " + e.getMessage(), e);
        }
    }

    // ---- backtrader's writedict -------------------------------------------------------------

    private void writeDict(Map<?, ?> dct, int level, boolean recurse) {
        if (!recurse) {
            separator(level);
        }
        String indent0 = " ".repeat(level * indent);
        for (Map.Entry<?, ?> e : dct.entrySet()) {
            String kline = indent0 + (recurse ? "- " : "") + e.getKey() + ":";
            Object val = e.getValue();
            if (val instanceof Map) {
                if (recurse) {
                    separator(level);
                }
                line(kline);
                writeDict((Map<?, ?>) val, level + 1, true);
            } else if (val instanceof Collection) {
                List<String> parts = new ArrayList<>();
                for (Object o : (Collection<?>) val) {
                    parts.add(str(o));
                }
                line(kline + " " + String.join(", ", parts));
            } else {
                line(kline + " " + str(val));
            }
        }
    }

    private String str(Object v) {
        if (v == null) {
            return "None";
        }
        if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            return PyFormat.repr(rounding == null ? d : PyFormat.round(d, rounding));
        }
        if (v instanceof Boolean) {
            return (Boolean) v ? "True" : "False";
        }
        if (v instanceof LocalTime) {
            return DateNum.pyStr((LocalTime) v);
        }
        if (v instanceof TimeFrame) {
            return Integer.toString(((TimeFrame) v).backtraderValue());
        }
        if (v instanceof MovingAverageType) {
            String name = MovAv.name((MovingAverageType) v);
            return name != null ? name : v.toString();
        }
        return v.toString();
    }

    private void separator(int level) {
        String sep = SEPARATORS[level % SEPARATORS.length];
        int pad = level * indent;
        line(" ".repeat(pad) + sep.repeat(Math.max(0, sepLen - pad)));
    }

    // ---- output -----------------------------------------------------------------------------

    private void field(String s) {
        if (fields++ > 0) {
            row.append(csvSep);
        }
        row.append(s);
    }

    private void number(double x) {
        field(Double.isNaN(x) && filterNan ? "" : PyFormat.repr(x));
    }

    private void endRow() {
        row.append('\n');
        write(row);
        row.setLength(0);
        fields = 0;
    }

    private void line(String s) {
        write(s);
        write("\n");
    }

    private void write(CharSequence s) {
        try {
            out.append(s);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the writer output: " + e.getMessage(), e);
        }
    }

    private static LocalDateTime local(long epochNanos, ZoneId zone) {
        return LocalDateTime.ofInstant(Instant.ofEpochSecond(Math.floorDiv(epochNanos, 1_000_000_000L),
                Math.floorMod(epochNanos, 1_000_000_000L)), zone == null ? ZoneOffset.UTC : zone);
    }

    /**
     * A data's datetime as backtrader's writer prints it: Python's {@code str(datetime)} of the
     * time in {@code zone} after backtrader's day-number round trip ({@code 23:59:59.999999}
     * becomes {@code 23:59:59.999989}).
     */
    static String pyDatetime(long epochNanos, ZoneId zone) {
        return DateNum.pyStr(DateNum.asBacktrader(local(epochNanos, zone)));
    }
}
