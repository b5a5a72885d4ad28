package org.bt4j.report;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bt4j.analyzer.Analyzer;
import org.bt4j.broker.Trade;
import org.bt4j.feed.DataFeed;
import org.bt4j.line.Indicator;
import org.bt4j.line.LineSeries;
import org.bt4j.observer.BuySell;
import org.bt4j.observer.DataTrades;
import org.bt4j.observer.Observer;
import org.bt4j.order.ExecutionBit;
import org.bt4j.order.Order;
import org.bt4j.strategy.Strategy;

/**
 * Records a run for the charts and the report while it happens: attach it like an analyzer and
 * it keeps, per bar of the strategy, the time, broker cash and value, every data's new bars
 * with the values of the indicators the strategy declared on that data ({@link PlotInfo}),
 * the fills (as backtrader's BuySell observer marks them) and the trades; afterwards
 * {@link #toRecord} builds the {@link RunRecord}. Storage is primitive arrays grown by
 * doubling, so recording allocates nothing per bar. Engine thread only.
 */
public final class RunRecorder implements Analyzer {

    /** Growable columns of one data's bars. */
    private static final class Bars {
        long[] time = new long[1024];
        double[] open = new double[1024];
        double[] high = new double[1024];
        double[] low = new double[1024];
        double[] close = new double[1024];
        double[] volume = new double[1024];
        int n;
        int lastLen;
        final List<FillMarker> fills = new ArrayList<>();
        final List<Plotted> indicators = new ArrayList<>();

        void add(DataFeed d) {
            if (n == time.length) {
                int cap = n * 2;
                time = Arrays.copyOf(time, cap);
                open = Arrays.copyOf(open, cap);
                high = Arrays.copyOf(high, cap);
                low = Arrays.copyOf(low, cap);
                close = Arrays.copyOf(close, cap);
                volume = Arrays.copyOf(volume, cap);
            }
            time[n] = d.datetime(0);
            open[n] = d.open().get(0);
            high[n] = d.high().get(0);
            low[n] = d.low().get(0);
            close[n] = d.close().get(0);
            volume[n] = d.volume().get(0);
            for (int k = 0; k < indicators.size(); k++) {
                indicators.get(k).add(n);
            }
            n++;
        }
    }

    /** Growable value columns of one plotted indicator, one slot per bar of its data. */
    private static final class Plotted {
        final Indicator ind;
        final String label;
        double[][] values;

        Plotted(Indicator ind, String label) {
            this.ind = ind;
            this.label = label;
            this.values = new double[ind.lineCount()][1024];
        }

        void add(int bar) {
            if (bar == values[0].length) {
                for (int i = 0; i < values.length; i++) {
                    values[i] = Arrays.copyOf(values[i], bar * 2);
                }
            }
            boolean has = ind.len() > 0;
            for (int i = 0; i < values.length; i++) {
                values[i][bar] = has ? ind.line(i).get(0) : Double.NaN;
            }
        }

        IndicatorRecord toRecord(int bars) {
            double[][] v = new double[values.length][];
            for (int i = 0; i < v.length; i++) {
                v[i] = Arrays.copyOf(values[i], bars);
            }
            return PlotInfo.record(ind, label, v);
        }
    }

    private Strategy strategy;
    private List<DataFeed> datas = List.of();
    private Bars[] bars = new Bars[0];
    private long[] clock = new long[1024];
    private double[] cash = new double[1024];
    private double[] value = new double[1024];
    private int n;
    private double lastCash = Double.NaN;
    private double lastValue = Double.NaN;
    private final Map<Integer, Integer> openBar = new HashMap<>();
    private final List<TradeRecord> trades = new ArrayList<>();

    @Override
    public void start(Strategy s) {
        this.strategy = s;
        this.datas = List.copyOf(s.datas());
        this.bars = new Bars[datas.size()];
        for (int i = 0; i < bars.length; i++) {
            bars[i] = new Bars();
        }
        Map<String, Integer> seen = new HashMap<>();
        for (Indicator ind : s.indicators()) {
            int di = datas.indexOf(rootClock(ind));
            if (di >= 0 && PlotInfo.plotted(ind)) {
                String label = PlotInfo.label(ind);
                int k = seen.merge(label, 1, Integer::sum);
                bars[di].indicators.add(new Plotted(ind, k == 1 ? label : label + " #" + k));
            }
        }
    }

    private static LineSeries rootClock(Indicator ind) {
        LineSeries c = ind.clock();
        for (int guard = 0; c instanceof Indicator && guard < 1000; guard++) {
            c = ((Indicator) c).clock();
        }
        return c;
    }

    @Override
    public void prenext() {
        record();
    }

    @Override
    public void nextStart() {
        record();
    }

    @Override
    public void next() {
        record();
    }

    private void record() {
        if (n == clock.length) {
            int cap = n * 2;
            clock = Arrays.copyOf(clock, cap);
            cash = Arrays.copyOf(cash, cap);
            value = Arrays.copyOf(value, cap);
        }
        clock[n] = strategy.datetime();
        cash[n] = Double.isNaN(lastCash) ? strategy.broker().getCash() : lastCash;
        value[n] = Double.isNaN(lastValue) ? strategy.broker().getValue() : lastValue;
        n++;
        for (int i = 0; i < bars.length; i++) {
            DataFeed d = datas.get(i);
            if (d.len() > bars[i].lastLen) {
                bars[i].lastLen = d.len();
                bars[i].add(d);
            }
        }
    }

    @Override
    public void notifyCashValue(double c, double v) {
        lastCash = c;
        lastValue = v;
    }

    @Override
    public void notifyOrder(Order order) {
        int di = datas.indexOf(order.data());
        if (di < 0) {
            return;
        }
        Bars b = bars[di];
        // the fill belongs to the bar being delivered now, recorded right after the notifications
        int bar = b.lastLen < order.data().len() ? b.n : Math.max(0, b.n - 1);
        for (ExecutionBit bit : order.executed().pending()) {
            if (bit.size() != 0) {
                b.fills.add(new FillMarker(bar, bit.size() > 0, bit.price(), bit.size()));
            }
        }
    }

    @Override
    public void notifyTrade(Trade trade) {
        if (trade.justOpened()) {
            openBar.put(trade.ref(), n);
        } else if (trade.isClosed()) {
            trades.add(new TradeRecord(trade.ref(), Math.max(0, datas.indexOf(trade.data())), trade.dtOpen(),
                    trade.dtClose(), openBar.getOrDefault(trade.ref(), 0), n, trade.sizeOpen(), trade.price(),
                    trade.pnl(), trade.pnlcomm()));
        }
    }

    @Override
    public Map<String, Object> analysis() {
        return Map.of();
    }

    /**
     * The strategy's observers other than the default set (whose cash/value, fills and trades this
     * recorder draws itself), each as its own panel under data 0 — DrawDown, TimeReturn,
     * Benchmark, LogReturns, FundValue, user observers — when they have one value per bar of data 0
     * (single-data runs; bounded exactbars lines cannot be read back).
     */
    private List<IndicatorRecord> observerPanels(int bars) {
        List<IndicatorRecord> out = new ArrayList<>();
        for (Observer o : strategy.observers()) {
            if (o instanceof org.bt4j.observer.Broker || o instanceof BuySell || o instanceof org.bt4j.observer.Trades
                    || o instanceof DataTrades || o.len() != bars || o.buffers()[0].isBounded()) {
                continue;
            }
            List<PlotLine> lines = new ArrayList<>(o.lineCount());
            for (int k = 0; k < o.lineCount(); k++) {
                lines.add(PlotLine.of(o.lineName(k), Arrays.copyOf(o.buffers()[k].array(), bars)));
            }
            out.add(new IndicatorRecord(o.name(), true, lines, new double[0]));
        }
        return out;
    }

    /**
     * The recorded run.
     *
     * @param title     report title
     * @param settings  run settings to show (ordered)
     * @param analyses  analyzer results by name (ordered)
     */
    public RunRecord toRecord(String title, Map<String, ?> settings, Map<String, ?> analyses) {
        RunRecord.Builder b = RunRecord.builder().title(title);
        settings.forEach(b::setting);
        for (int i = 0; i < bars.length; i++) {
            Bars x = bars[i];
            DataFeed d = datas.get(i);
            int m = x.n;
            List<FillMarker> fills = new ArrayList<>();
            for (FillMarker f : x.fills) {
                if (f.bar() < m) {
                    fills.add(f);
                }
            }
            List<IndicatorRecord> inds = new ArrayList<>(x.indicators.size());
            for (Plotted p : x.indicators) {
                inds.add(p.toRecord(m));
            }
            if (i == 0) {
                inds.addAll(observerPanels(m));
            }
            b.data(DataRecord.of(d.name(), d.tz() == null ? ZoneOffset.UTC : d.tz(), Arrays.copyOf(x.time, m),
                    Arrays.copyOf(x.open, m), Arrays.copyOf(x.high, m), Arrays.copyOf(x.low, m),
                    Arrays.copyOf(x.close, m), Arrays.copyOf(x.volume, m), inds, fills));
        }
        long[] c = Arrays.copyOf(clock, n);
        if (bars.length > 0 && bars[0].n == n) {
            c = null; // data 0 drives the clock: share its times
        }
        b.clock(c).broker(Arrays.copyOf(cash, n), Arrays.copyOf(value, n));
        for (TradeRecord t : trades) {
            if (t.barClose() < n) {
                b.trade(t);
            }
        }
        analyses.forEach(b::analyzer);
        return b.build();
    }
}
