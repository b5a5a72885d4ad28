package org.bt4j.report.chart;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bt4j.report.BarTimes;
import org.bt4j.report.DataRecord;
import org.bt4j.report.FillMarker;
import org.bt4j.report.IndicatorRecord;
import org.bt4j.report.PlotLine;
import org.bt4j.report.RunRecord;
import org.bt4j.report.TradeRecord;

/**
 * Lays out and draws a run the way backtrader's plot does: observer panels on top (broker
 * cash/value, trade results, optionally drawdown), then for every data its price panel (candles,
 * bars or line, volume overlaid at the bottom, overlay indicators, buy/sell markers) followed by
 * its sub-plot indicators. Every series is drawn on the run's clock: bars are placed by index
 * (no weekend gaps) and, when there are more bars than pixel columns, aggregated per column by
 * {@link ColumnAggregator}. Draws onto any {@link Canvas}. Not thread-safe; one per rendering.
 */
final class ChartRenderer {

    static final int BACKGROUND = 0xFFFFFF;
    private static final int FRAME = 0xC8C8C8;
    private static final int GRID = 0xE6E6E6;
    private static final int TEXT = 0x222222;
    private static final int MUTED = 0x666666;
    private static final int UP = 0x26A69A;
    private static final int DOWN = 0xEF5350;
    private static final int BUY = 0x0B7A0B;
    private static final int SELL = 0xB00020;
    private static final int VOLUME = 0x7F8FA6;
    /** matplotlib's tab10 cycle, which backtrader's default scheme uses for lines. */
    private static final int[] CYCLE = {0x1F77B4, 0xFF7F0E, 0x2CA02C, 0xD62728, 0x9467BD, 0x8C564B, 0xE377C2,
        0x7F7F7F, 0xBCBD22, 0x17BECF};

    private static final double LEFT = 12;
    private static final double RIGHT_AXIS = 78;
    private static final double TOP = 34;
    private static final double BOTTOM = 30;
    private static final double GAP = 8;
    private static final double FONT = 11;

    private enum Kind { BROKER, TRADES, DRAWDOWN, DATA, SUBPLOT }

    /** One horizontal band of the chart. */
    private static final class Panel {
        final Kind kind;
        final int data;
        final IndicatorRecord indicator;
        final double weight;
        double top;
        double height;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;

        Panel(Kind kind, int data, IndicatorRecord indicator, double weight) {
            this.kind = kind;
            this.data = data;
            this.indicator = indicator;
            this.weight = weight;
        }

        void include(double v) {
            if (Double.isFinite(v)) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }

        void include(double[] values) {
            for (double v : values) {
                include(v);
            }
        }

        double y(double v) {
            return top + height - (v - min) / (max - min) * height;
        }
    }

    private final RunRecord run;
    private final ChartOptions options;
    private final double plotLeft;
    private final double plotWidth;
    private final ColumnAggregator columns;
    private final int[][] clockIndex;
    private final List<Panel> panels = new ArrayList<>();

    ChartRenderer(RunRecord run, ChartOptions options) {
        this.run = run;
        this.options = options;
        this.plotLeft = LEFT;
        this.plotWidth = options.width() - LEFT - RIGHT_AXIS;
        long[] clock = run.clock();
        this.columns = new ColumnAggregator(clock.length, (int) plotWidth);
        this.clockIndex = new int[run.datas().size()][];
        for (int d = 0; d < run.datas().size(); d++) {
            clockIndex[d] = mapToClock(run.datas().get(d).time(), clock);
        }
        layout();
    }

    /** For each bar time, the last clock bar at or before it (-1 when before the clock starts). */
    static int[] mapToClock(long[] times, long[] clock) {
        if (times == clock) {
            int[] id = new int[times.length];
            Arrays.setAll(id, i -> i);
            return id;
        }
        int[] out = new int[times.length];
        int k = -1;
        for (int i = 0; i < times.length; i++) {
            while (k + 1 < clock.length && clock[k + 1] <= times[i]) {
                k++;
            }
            out[i] = k;
        }
        return out;
    }

    private void layout() {
        if (run.value() != null || run.cash() != null) {
            panels.add(new Panel(Kind.BROKER, -1, null, 1));
        }
        if (run.trades().stream().anyMatch(TradeRecord::isClosed)) {
            panels.add(new Panel(Kind.TRADES, -1, null, 1));
        }
        if (options.drawdown() && run.drawdown() != null) {
            panels.add(new Panel(Kind.DRAWDOWN, -1, null, 1));
        }
        for (int d = 0; d < run.datas().size(); d++) {
            panels.add(new Panel(Kind.DATA, d, null, 4));
            for (IndicatorRecord ind : run.datas().get(d).indicators()) {
                if (ind.subplot()) {
                    panels.add(new Panel(Kind.SUBPLOT, d, ind, 1));
                }
            }
        }
        double total = panels.stream().mapToDouble(p -> p.weight).sum();
        double avail = options.height() - TOP - BOTTOM - GAP * (panels.size() - 1);
        double y = TOP;
        for (Panel p : panels) {
            p.top = y;
            p.height = avail * p.weight / total;
            y += p.height + GAP;
            computeRange(p);
        }
    }

    private void computeRange(Panel p) {
        switch (p.kind) {
            case BROKER -> {
                if (run.value() != null) {
                    p.include(run.value());
                }
                if (run.cash() != null) {
                    p.include(run.cash());
                }
            }
            case TRADES -> {
                p.include(0);
                for (TradeRecord t : run.trades()) {
                    if (t.isClosed()) {
                        p.include(t.pnlcomm());
                    }
                }
            }
            case DRAWDOWN -> {
                p.include(0);
                p.include(run.drawdown());
            }
            case DATA -> {
                DataRecord data = run.datas().get(p.data);
                if (options.style() == ChartOptions.BarStyle.LINE) {
                    p.include(data.close());
                } else {
                    p.include(data.high());
                    p.include(data.low());
                }
                for (IndicatorRecord ind : data.indicators()) {
                    if (!ind.subplot()) {
                        ind.lines().forEach(l -> p.include(l.values()));
                    }
                }
            }
            case SUBPLOT -> {
                p.indicator.lines().forEach(l -> p.include(l.values()));
                for (double h : p.indicator.hlines()) {
                    p.include(h);
                }
                if (p.indicator.lines().stream().anyMatch(l -> l.style() == PlotLine.Style.HISTOGRAM)) {
                    p.include(0);
                }
            }
        }
        if (!(p.max >= p.min)) {
            p.min = 0;
            p.max = 1;
        }
        double pad = p.max > p.min ? (p.max - p.min) * 0.06 : Math.max(1, Math.abs(p.max) * 0.01);
        p.min -= pad;
        p.max += pad;
        if (p.kind == Kind.DATA && options.volume() && run.datas().get(p.data).hasVolume()) {
            // leave the bottom fifth mostly to the volume overlay, as backtrader's voloverlay does
            p.min -= (p.max - p.min) * 0.25;
        }
    }

    private double slotX(int slot) {
        return plotLeft + (slot + 0.5) * plotWidth / columns.slots();
    }

    private double slotWidth() {
        return plotWidth / columns.slots();
    }

    /** Draws everything. */
    void render(Canvas c) {
        c.text(run.title(), LEFT, 22, TEXT, 15, Canvas.START, true);
        String sub = subtitle();
        if (!sub.isEmpty()) {
            c.text(sub, options.width() - RIGHT_AXIS, 22, MUTED, FONT, Canvas.END, false);
        }
        int[] xTicks = timeTicks();
        for (Panel p : panels) {
            drawFrameAndGrid(c, p, xTicks);
            c.clip(plotLeft, p.top, plotWidth, p.height);
            switch (p.kind) {
                case BROKER -> drawBroker(c, p);
                case TRADES -> drawTrades(c, p);
                case DRAWDOWN -> drawSeries(c, p, null, run.drawdown(), PlotLine.Style.LINE, CYCLE[3]);
                case DATA -> drawData(c, p);
                case SUBPLOT -> drawSubplot(c, p);
            }
            c.unclip();
            drawLegend(c, p);
        }
        drawTimeAxis(c, xTicks);
    }

    private String subtitle() {
        double[] v = run.value();
        if (v == null || v.length == 0) {
            return "";
        }
        return "start " + AxisTicks.format(v[0], 2) + "   final " + AxisTicks.format(v[v.length - 1], 2)
                + "   bars " + run.clock().length;
    }

    private void drawFrameAndGrid(Canvas c, Panel p, int[] xTicks) {
        AxisTicks ticks = AxisTicks.of(p.min, p.max, Math.max(2, (int) (p.height / 45)));
        double right = plotLeft + plotWidth;
        for (int i = 0; i < ticks.count(); i++) {
            double y = p.y(ticks.value(i));
            if (y < p.top + 2 || y > p.top + p.height - 2) {
                continue;
            }
            c.line(plotLeft, y, right, y, GRID, 1, false);
            c.text(ticks.label(i), right + 6, y + 4, MUTED, FONT - 1, Canvas.START, false);
        }
        for (int k : xTicks) {
            double x = slotX(columns.slot(k));
            c.line(x, p.top, x, p.top + p.height, GRID, 1, false);
        }
        c.strokeRect(plotLeft, p.top, plotWidth, p.height, FRAME, 1);
    }

    private void drawBroker(Canvas c, Panel p) {
        if (run.cash() != null) {
            drawSeries(c, p, null, run.cash(), PlotLine.Style.LINE, CYCLE[2]);
        }
        if (run.value() != null) {
            drawSeries(c, p, null, run.value(), PlotLine.Style.LINE, CYCLE[3]);
        }
    }

    private void drawTrades(Canvas c, Panel p) {
        double zero = p.y(0);
        c.line(plotLeft, zero, plotLeft + plotWidth, zero, MUTED, 1, true);
        double r = Math.max(2.5, Math.min(5, slotWidth() / 2));
        for (TradeRecord t : run.trades()) {
            if (t.isClosed() && Double.isFinite(t.pnlcomm()) && t.barClose() < run.clock().length) {
                c.fillCircle(slotX(columns.slot(t.barClose())), p.y(t.pnlcomm()), r,
                        t.pnlcomm() >= 0 ? CYCLE[0] : CYCLE[3]);
            }
        }
    }

    private void drawData(Canvas c, Panel p) {
        DataRecord data = run.datas().get(p.data);
        int[] idx = clockIndex[p.data];
        if (options.volume() && data.hasVolume()) {
            drawVolume(c, p, data, idx);
        }
        if (options.style() == ChartOptions.BarStyle.LINE) {
            drawSeries(c, p, idx, data.close(), PlotLine.Style.LINE, CYCLE[0]);
        } else {
            drawBars(c, p, data, idx);
        }
        int color = 1;
        for (IndicatorRecord ind : data.indicators()) {
            if (!ind.subplot()) {
                for (PlotLine line : ind.lines()) {
                    drawSeries(c, p, idx, line.values(), line.style(), CYCLE[color++ % CYCLE.length]);
                }
            }
        }
        drawFills(c, p, data, idx);
    }

    private void drawVolume(Canvas c, Panel p, DataRecord data, int[] idx) {
        ColumnAggregator.Columns vol = columns.aggregate(idx, data.volume());
        double maxVol = 0;
        for (double v : vol.sum()) {
            maxVol = Math.max(maxVol, v);
        }
        if (maxVol <= 0) {
            return;
        }
        ColumnAggregator.Columns open = columns.aggregate(idx, data.open());
        ColumnAggregator.Columns close = columns.aggregate(idx, data.close());
        double band = p.height * 0.22;
        double w = Math.max(1, slotWidth() * 0.8);
        double bottom = p.top + p.height;
        for (int s = 0; s < columns.slots(); s++) {
            double v = vol.sum()[s];
            if (v > 0) {
                double h = v / maxVol * band;
                int col = close.last()[s] >= open.first()[s] ? UP : DOWN;
                c.fillRect(slotX(s) - w / 2, bottom - h, w, h, col == UP ? VOLUME : 0xC9A0A0, 0.45);
            }
        }
    }

    private void drawBars(Canvas c, Panel p, DataRecord data, int[] idx) {
        ColumnAggregator.Columns open = columns.aggregate(idx, data.open());
        ColumnAggregator.Columns high = columns.aggregate(idx, data.high());
        ColumnAggregator.Columns low = columns.aggregate(idx, data.low());
        ColumnAggregator.Columns close = columns.aggregate(idx, data.close());
        double body = slotWidth() * 0.7;
        boolean candles = options.style() == ChartOptions.BarStyle.CANDLE;
        for (int s = 0; s < columns.slots(); s++) {
            double o = open.first()[s];
            double h = high.max()[s];
            double l = low.min()[s];
            double cl = close.last()[s];
            if (Double.isNaN(o) || Double.isNaN(h) || Double.isNaN(l) || Double.isNaN(cl)) {
                continue;
            }
            int col = cl >= o ? UP : DOWN;
            double x = slotX(s);
            double lineWidth = body < 2 ? Math.max(0.8, slotWidth()) : 1;
            c.line(x, p.y(h), x, p.y(l), col, lineWidth, false);
            if (body >= 2) {
                if (candles) {
                    double top = p.y(Math.max(o, cl));
                    double bottom = p.y(Math.min(o, cl));
                    c.fillRect(x - body / 2, top, body, Math.max(1, bottom - top), col, 1);
                } else {
                    c.line(x - body / 2, p.y(o), x, p.y(o), col, 1, false);
                    c.line(x, p.y(cl), x + body / 2, p.y(cl), col, 1, false);
                }
            }
        }
    }

    private void drawFills(Canvas c, Panel p, DataRecord data, int[] idx) {
        double size = Math.max(4, Math.min(7, slotWidth() * 1.5));
        double[] xs = new double[3];
        double[] ys = new double[3];
        for (FillMarker f : data.fills()) {
            int k = idx[f.bar()];
            if (k < 0) {
                continue;
            }
            double x = slotX(columns.slot(k));
            double y = p.y(f.price());
            if (f.buy()) {
                // tip just under the price, pointing up (backtrader's green '^')
                xs[0] = x;
                ys[0] = y + 2;
                xs[1] = x - size;
                ys[1] = y + 2 + 1.6 * size;
                xs[2] = x + size;
                ys[2] = y + 2 + 1.6 * size;
                c.fillPolygon(xs, ys, 3, BUY);
            } else {
                xs[0] = x;
                ys[0] = y - 2;
                xs[1] = x - size;
                ys[1] = y - 2 - 1.6 * size;
                xs[2] = x + size;
                ys[2] = y - 2 - 1.6 * size;
                c.fillPolygon(xs, ys, 3, SELL);
            }
        }
    }

    private void drawSubplot(Canvas c, Panel p) {
        for (double h : p.indicator.hlines()) {
            double y = p.y(h);
            c.line(plotLeft, y, plotLeft + plotWidth, y, MUTED, 1, true);
        }
        int[] idx = clockIndex[p.data];
        int color = 0;
        for (PlotLine line : p.indicator.lines()) {
            drawSeries(c, p, idx, line.values(), line.style(), CYCLE[color++ % CYCLE.length]);
        }
    }

    /** Draws one series on the clock (identity mapping when {@code idx} is null), aggregated per column. */
    private void drawSeries(Canvas c, Panel p, int[] idx, double[] values, PlotLine.Style style, int rgb) {
        ColumnAggregator.Columns col = columns.aggregate(idx, values);
        int slots = columns.slots();
        switch (style) {
            case HISTOGRAM -> {
                double w = Math.max(1, slotWidth() * 0.7);
                double zero = p.y(Math.max(p.min, Math.min(p.max, 0)));
                for (int s = 0; s < slots; s++) {
                    double v = Math.abs(col.max()[s]) >= Math.abs(col.min()[s]) ? col.max()[s] : col.min()[s];
                    if (Double.isFinite(v)) {
                        double y = p.y(v);
                        c.fillRect(slotX(s) - w / 2, Math.min(y, zero), w, Math.max(0.5, Math.abs(zero - y)), rgb, 0.85);
                    }
                }
            }
            case DOTS -> {
                for (int s = 0; s < slots; s++) {
                    if (Double.isFinite(col.last()[s])) {
                        c.fillCircle(slotX(s), p.y(col.last()[s]), 1.6, rgb);
                    }
                }
            }
            case LINE -> {
                boolean envelope = columns.aggregating();
                double[] xs = new double[slots * (envelope ? 4 : 1)];
                double[] ys = new double[xs.length];
                int n = 0;
                for (int s = 0; s < slots; s++) {
                    if (!col.touched()[s]) {
                        continue; // a sparser series (e.g. weekly on a daily clock): join across
                    }
                    if (Double.isNaN(col.first()[s])) {
                        c.polyline(xs, ys, 0, n, rgb, 1.3);
                        n = 0;
                        continue;
                    }
                    double x = slotX(s);
                    xs[n] = x;
                    ys[n++] = p.y(col.first()[s]);
                    if (envelope && col.min()[s] != col.max()[s]) {
                        boolean down = col.last()[s] < col.first()[s];
                        xs[n] = x;
                        ys[n++] = p.y(down ? col.max()[s] : col.min()[s]);
                        xs[n] = x;
                        ys[n++] = p.y(down ? col.min()[s] : col.max()[s]);
                    }
                    if (envelope && col.last()[s] != col.first()[s]) {
                        xs[n] = x;
                        ys[n++] = p.y(col.last()[s]);
                    }
                }
                c.polyline(xs, ys, 0, n, rgb, 1.3);
            }
        }
    }

    private void drawLegend(Canvas c, Panel p) {
        List<String> labels = new ArrayList<>();
        List<Integer> colors = new ArrayList<>();
        switch (p.kind) {
            case BROKER -> {
                if (run.cash() != null) {
                    labels.add("Cash " + last(run.cash(), 2));
                    colors.add(CYCLE[2]);
                }
                if (run.value() != null) {
                    labels.add("Value " + last(run.value(), 2));
                    colors.add(CYCLE[3]);
                }
            }
            case TRADES -> {
                labels.add("Trades - Net Profit/Loss: positive");
                colors.add(CYCLE[0]);
                labels.add("negative");
                colors.add(CYCLE[3]);
            }
            case DRAWDOWN -> {
                labels.add("DrawDown % " + last(run.drawdown(), 2));
                colors.add(CYCLE[3]);
            }
            case DATA -> {
                DataRecord d = run.datas().get(p.data);
                int n = d.size() - 1;
                String ohlc = n < 0 ? "" : " O " + num(d.open()[n]) + " H " + num(d.high()[n]) + " L "
                        + num(d.low()[n]) + " C " + num(d.close()[n]);
                labels.add(d.name() + ohlc);
                colors.add(options.style() == ChartOptions.BarStyle.LINE ? CYCLE[0] : TEXT);
                int color = 1;
                for (IndicatorRecord ind : d.indicators()) {
                    if (!ind.subplot()) {
                        for (PlotLine line : ind.lines()) {
                            labels.add(lineLabel(ind, line));
                            colors.add(CYCLE[color++ % CYCLE.length]);
                        }
                    }
                }
            }
            case SUBPLOT -> {
                int color = 0;
                for (PlotLine line : p.indicator.lines()) {
                    labels.add(lineLabel(p.indicator, line));
                    colors.add(CYCLE[color++ % CYCLE.length]);
                }
            }
        }
        double x = plotLeft + 6;
        double y = p.top + 14;
        for (int i = 0; i < labels.size(); i++) {
            String s = labels.get(i);
            boolean bold = i == 0 && p.kind == Kind.DATA;
            double w = c.textWidth(s, FONT) * (bold ? 1.12 : 1) + 18;
            if (x + w > plotLeft + plotWidth && x > plotLeft + 6) {
                x = plotLeft + 6;
                y += 14;
            }
            c.fillRect(x - 2, y - 10, w, 13, BACKGROUND, 0.75);
            c.fillRect(x, y - 7, 8, 4, colors.get(i), 1);
            c.text(s, x + 11, y, TEXT, FONT, Canvas.START, bold);
            x += w + 4;
        }
    }

    private static String lineLabel(IndicatorRecord ind, PlotLine line) {
        String last = last(line.values(), -1);
        return (ind.lines().size() == 1 ? ind.label() : ind.label() + " " + line.name()) + (last.isEmpty() ? "" : " " + last);
    }

    /** The last finite value formatted, or "" when there is none. */
    private static String last(double[] values, int decimals) {
        for (int i = values.length - 1; i >= 0; i--) {
            if (Double.isFinite(values[i])) {
                return decimals < 0 ? num(values[i]) : AxisTicks.format(values[i], decimals);
            }
        }
        return "";
    }

    private static String num(double v) {
        double a = Math.abs(v);
        return AxisTicks.format(v, a >= 1000 ? 2 : a >= 1 ? 4 : 6).replaceAll("(\\.\\d*?)0+$", "$1").replaceAll("\\.$", "");
    }

    /** Clock indices where vertical grid lines and time labels go. */
    private int[] timeTicks() {
        int n = run.clock().length;
        if (n == 0) {
            return new int[0];
        }
        int target = Math.max(2, (int) (plotWidth / 150));
        int step = Math.max(1, (int) Math.ceil((double) n / target));
        int count = (n - 1) / step + 1;
        int[] ticks = new int[count];
        for (int i = 0; i < count; i++) {
            ticks[i] = i * step;
        }
        return ticks;
    }

    private void drawTimeAxis(Canvas c, int[] ticks) {
        long[] clock = run.clock();
        ZoneId zone = run.datas().get(0).zone();
        DateTimeFormatter fmt = DateTimeFormatter.ofPattern(BarTimes.intraday(clock, zone) ? "yyyy-MM-dd HH:mm" : "yyyy-MM-dd");
        double y = options.height() - BOTTOM + 16;
        for (int k : ticks) {
            String label = fmt.format(BarTimes.zoned(clock[k], zone));
            double half = c.textWidth(label, FONT - 1) / 2;
            double x = Math.max(plotLeft + half, Math.min(plotLeft + plotWidth - half, slotX(columns.slot(k))));
            c.text(label, x, y, MUTED, FONT - 1, Canvas.MIDDLE, false);
        }
    }
}
