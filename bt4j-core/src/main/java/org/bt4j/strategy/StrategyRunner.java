package org.bt4j.strategy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.bt4j.analyzer.Analyzer;
import org.bt4j.broker.Broker;
import org.bt4j.broker.Trade;
import org.bt4j.feed.DataFeed;
import org.bt4j.feed.DataStatus;
import org.bt4j.line.Indicator;
import org.bt4j.line.LineBuffer;
import org.bt4j.line.LineContext;
import org.bt4j.line.LineSeries;
import org.bt4j.observer.Observer;
import org.bt4j.order.Order;
import org.bt4j.util.Overrides;

/**
 * Drives one {@link Strategy} through a run on behalf of the engine: binds datas and broker,
 * runs {@code init()} inside a {@link LineContext} to collect its indicators, works out the
 * per-data minimum periods, and performs backtrader's per-bar strategy step in both modes
 * (bar by bar: step indicators whose clock advanced; vectorised: advance precomputed indicators),
 * followed by notifications, {@code prenext}/{@code nextstart}/{@code next}, the analyzers and
 * the observers.
 * Engine thread only; allocation-free per bar.
 */
public final class StrategyRunner {

    private final Strategy s;
    private Indicator[] inds = new Indicator[0];
    private List<java.util.function.Function<? super Strategy, ? extends Indicator>> addedIndicators = List.of();
    /** Per indicator (dependency order): index of the data its clock is rooted in, -1 for none. */
    private int[] indData = new int[0];
    /** Per data, in the run's order: what the steps track of it. */
    private DataClock[] clocks = new DataClock[0];
    private boolean anyUnrooted;
    private DataFeed[] datas = new DataFeed[0];
    /** The analyzers that do something on a bar step (prenext, nextStart or next), in their order. */
    private Analyzer[] steppedAnalyzers = new Analyzer[0];
    private Observer[] observers = new Observer[0];
    /**
     * Every observer's lines, when all of them move jointly and stand on the same bar: one
     * {@link LineBuffer#forwardAll} moves them before the observers record the bar; null otherwise
     * (each observer steps its own).
     */
    private LineBuffer[] observerLines;
    /**
     * With {@link #observerLines}: the observers whose record does something on a bar that brought
     * no notification (a notifications-only observer records nothing there), in their order.
     */
    private Observer[] everyBarObservers = new Observer[0];
    private boolean observerLinesPresized;
    /** Whether {@link #observerLines} are rings that {@link LineBuffer#appendAll} moves. */
    private boolean observerLinesAppend;
    /** Whether any observer owns analyzers (only they receive the per-bar fund notification). */
    private boolean observersWantFund;
    /** Whether the strategy or one of its analyzers takes the per-bar cash, value and fund notifications. */
    private boolean strategyWantsFund;

    /** What the per-bar steps track of one data (one object, so one pass touches little memory). */
    private static final class DataClock {
        final DataFeed data;
        /** The strategy's minimum period on this data. */
        final int minPeriod;
        /** Every output buffer of the indicators clocked by it (vectorised cursor moves). */
        LineBuffer[] onceBuffers = new LineBuffer[0];
        /** Its length at the last step. */
        int len;
        /** Its length when the indicators last moved with it. */
        int indLen;
        /** Its deliveries at the last step. */
        long deliveries;
        /** Advanced since the indicators last moved with it, this step. */
        boolean grew;
        /** Delivered an in-place update (replay) without growing, this step. */
        boolean updated;

        DataClock(DataFeed data, int minPeriod) {
            this.data = data;
            this.minPeriod = minPeriod;
        }
    }

    /** Wraps {@code strategy}, setting its parameters from {@code params} (may be empty). */
    public StrategyRunner(Strategy strategy, Map<String, ?> params) {
        this.s = strategy;
        if (params != null && !params.isEmpty()) {
            ParamBinder.setAll(strategy, strategy.name(), params);
        }
    }

    /** The strategy driven. */
    public Strategy strategy() {
        return s;
    }

    /** What the strategy's {@code runstop()} does (the engine's stop request). */
    public void onRunstop(Runnable stop) {
        s.runstop = java.util.Objects.requireNonNull(stop, "stop");
    }

    /**
     * backtrader's {@code cerebro.addindicator}: indicators built for the strategy right after its
     * {@code init()}, as if it had declared them (call before {@link #setup}).
     */
    public void addIndicators(List<java.util.function.Function<? super Strategy, ? extends Indicator>> factories) {
        addedIndicators = List.copyOf(factories);
    }

    /**
     * Binds the run's datas and broker, then runs {@code init()} (and the indicators of
     * {@link #addIndicators}) and records the indicators it
     * created. {@code tradeRefs} numbers the trades of the whole run; the analyzers come by name.
     */
    public void setup(List<DataFeed> runDatas, Broker broker, java.util.function.IntSupplier tradeRefs,
                      java.util.Map<String, Analyzer> runAnalyzers, RunSettings settings) {
        s.settings = settings;
        s.datas = List.copyOf(runDatas);
        s.data0 = runDatas.isEmpty() ? null : runDatas.get(0);
        s.broker = broker;
        s.tradeRefs = tradeRefs::getAsInt;
        if (s.sizer == null) {
            s.sizer = Strategy.defaultSizer();
        }
        s.sizer.bind(broker);
        datas = runDatas.toArray(new DataFeed[0]);
        try (LineContext ctx = LineContext.open()) {
            s.callInit();
            for (java.util.function.Function<? super Strategy, ? extends Indicator> f : addedIndicators) {
                f.apply(s);
            }
            inds = ctx.indicators().toArray(new Indicator[0]);
            s.indicators = List.copyOf(ctx.indicators());
        }
        clocks = new DataClock[datas.length];
        for (int i = 0; i < datas.length; i++) {
            int mp = 0;
            for (Indicator ind : inds) {
                if (rootClock(ind) == datas[i]) {
                    mp = Math.max(mp, ind.minPeriod());
                }
            }
            clocks[i] = new DataClock(datas[i], mp == 0 ? 1 : mp);
        }
        groupByData();
        s.analyzers.addAll(runAnalyzers.values());
        s.analyzersByName.putAll(runAnalyzers);
        List<Analyzer> stepped = new ArrayList<>();
        List<Analyzer> funds = new ArrayList<>();
        for (Analyzer a : runAnalyzers.values()) {
            if (overrides(a, "prenext") || overrides(a, "nextStart") || overrides(a, "next")) {
                stepped.add(a);
            }
            if (overrides(a, "notifyCashValue", double.class, double.class)
                    || overrides(a, "notifyFund", double.class, double.class, double.class, double.class)) {
                funds.add(a);
            }
        }
        steppedAnalyzers = stepped.toArray(new Analyzer[0]);
        s.fundAnalyzers = funds.toArray(new Analyzer[0]);
        strategyWantsFund = s.listensToBroker();
    }

    /** Whether {@code a} replaces {@link Analyzer}'s default (empty) {@code method}: the per-bar loops call an analyzer only for what it does. */
    private static boolean overrides(Analyzer a, String method, Class<?>... params) {
        return Overrides.declares(a.getClass(), Analyzer.class, method, params);
    }

    /** Sets the observers, stepped after the analyzers on every bar (call after setup, before start). */
    public void setObservers(List<Observer> runObservers) {
        s.observers = List.copyOf(runObservers);
        observers = runObservers.toArray(new Observer[0]);
        observersWantFund = false;
        for (Observer o : observers) {
            observersWantFund |= o.wantsFund();
        }
    }

    /**
     * Whether the strategy's {@code orders()} and {@code trades()} keep finished orders and
     * closed trades (the default) or only live orders and open trades, so that a long run's
     * memory stays flat. Call before the run starts.
     */
    public void retainHistory(boolean retain) {
        s.retainHistory = retain;
    }

    /** Groups the indicators by the data their clock is rooted in, for the per-bar steps. */
    private void groupByData() {
        indData = new int[inds.length];
        java.util.List<java.util.List<LineBuffer>> bufs = new ArrayList<>();
        for (int i = 0; i < datas.length; i++) {
            bufs.add(new ArrayList<>());
        }
        anyUnrooted = false;
        for (int k = 0; k < inds.length; k++) {
            LineSeries root = rootClock(inds[k]);
            int g = -1;
            for (int i = 0; i < datas.length; i++) {
                if (datas[i] == root) {
                    g = i;
                    break;
                }
            }
            indData[k] = g;
            if (g >= 0) {
                bufs.get(g).addAll(Arrays.asList(inds[k].buffers()));
            } else {
                anyUnrooted = true;
            }
        }
        for (int i = 0; i < datas.length; i++) {
            clocks[i].onceBuffers = bufs.get(i).toArray(new LineBuffer[0]);
        }
    }

    private static LineSeries rootClock(Indicator ind) {
        LineSeries c = ind.clock();
        int guard = 0;
        while (c instanceof Indicator && guard++ < 1000) {
            c = ((Indicator) c).clock();
        }
        return c;
    }

    /** The indicators declared in {@code init()}, in creation (dependency) order. */
    public List<Indicator> indicators() {
        return s.indicators;
    }

    /** Minimum period the strategy needs on data {@code i}. */
    public int minPeriod(int i) {
        return clocks[i].minPeriod;
    }

    /** Calls {@code start()} on the strategy and its analyzers. */
    public void start() {
        s.callStart();
        for (Analyzer a : s.analyzers) {
            a.start(s);
        }
        for (Observer o : observers) {
            o.start(s);
        }
        jointObserverLines();
    }

    /** Decides, at the start, whether the observers' lines move in one pass (see {@link #observerLines}). */
    private void jointObserverLines() {
        observerLines = null;
        List<LineBuffer> all = new ArrayList<>();
        for (Observer o : observers) {
            if (!o.movesJointly()) {
                return;
            }
            all.addAll(Arrays.asList(o.buffers()));
        }
        if (all.isEmpty()) {
            return;
        }
        LineBuffer first = all.get(0);
        boolean append = first.appendsInHalves();
        for (LineBuffer b : all) {
            if (b.isBounded() != first.isBounded() || b.size() != first.size() || b.len() != first.len()) {
                return; // not on one bar, or not kept alike: each observer moves its own
            }
            append &= b.appendsInHalves() && b.capacity() == first.capacity();
        }
        observerLines = all.toArray(new LineBuffer[0]);
        List<Observer> everyBar = new ArrayList<>();
        for (Observer o : observers) {
            if (o.recordsEveryBar()) {
                everyBar.add(o);
            }
        }
        everyBarObservers = everyBar.toArray(new Observer[0]);
        observerLinesPresized = !first.isBounded() && first.size() > first.len();
        observerLinesAppend = append;
    }

    /** Calls {@code stop()} on the strategy and its analyzers. */
    public void stop() {
        s.callStop();
        for (Analyzer a : s.analyzers) {
            a.stop();
        }
        for (Observer o : observers) {
            o.stop();
        }
    }

    /**
     * One strategy step: the clock (see below), then with {@code once} the precomputed indicators
     * advance with their clocks (vectorised), otherwise each indicator whose clock advanced steps
     * (bar by bar, in dependency order); then notifications, next, analyzers, observers.
     *
     * <p>The strategy's clock: its length grows when any data grew, its time is the latest bar
     * time. Also works out the warm-up status (backtrader's max of minperiod - len over the
     * datas), which datas advanced since the indicators last moved with them, and which delivered
     * an in-place update instead (replay, bar by bar). One pass over the datas.
     *
     * <p>One method, so that a bar's step is one call under C1 (the launcher's JIT for one-shot
     * commands), which inlines no method of this size.
     */
    public void step(boolean once) {
        boolean any = false;
        long dt = Long.MIN_VALUE;
        int status = Integer.MIN_VALUE; // the warm-up status: < 0 next, 0 nextstart, > 0 prenext
        for (DataClock c : clocks) {
            DataFeed d = c.data;
            int nl = d.len();
            if (nl > c.len) {
                any = true;
            }
            c.len = nl;
            boolean g = nl > c.indLen;
            c.grew = g;
            if (g) {
                c.indLen = nl;
            }
            if (once) {
                // a run steps in one mode: in runonce the precomputed lines move with their data
                // now, and an in-place update (replay, bar by bar only) never comes
                if (g) {
                    for (LineBuffer b : c.onceBuffers) {
                        b.advance();
                    }
                }
            } else {
                long del = d.deliveries();
                c.updated = !g && del != c.deliveries;
                c.deliveries = del;
            }
            if (nl > 0) {
                dt = Math.max(dt, d.datetime(0));
            }
            status = Math.max(status, c.minPeriod - nl);
        }
        if (any) {
            s.len++;
        }
        s.datetime = dt;
        if (!once) {
            stepIndicators();
        } else if (anyUnrooted) {
            advanceUnrooted();
        }
        // most bars bring no notification and nobody takes cash and value each bar: then neither
        // hand-over is called (C1 inlines neither)
        boolean notified = !s.ordersPending.isEmpty() || !s.tradesPending.isEmpty();
        if (observers.length > 0 && (notified || observersWantFund)) {
            notifyObservers();
        }
        if (notified || strategyWantsFund) {
            s.deliverNotifications();
        }
        s.minPerStatus = status;
        if (status < 0) {
            s.callNext();
        } else if (status == 0) {
            s.callNextStart();
        } else {
            s.callPrenext();
        }
        for (Analyzer a : steppedAnalyzers) {
            if (status < 0) {
                a.next();
            } else if (status == 0) {
                a.nextStart();
            } else {
                a.prenext();
            }
        }
        LineBuffer[] ol = observerLines;
        if (ol != null) {
            if (observerLinesAppend) {
                LineBuffer.appendAll(ol);
            } else {
                LineBuffer.forwardAll(ol, observerLinesPresized);
            }
            // on a bar without notifications a notifications-only observer records nothing
            for (Observer o : notified ? observers : everyBarObservers) {
                o.record();
            }
        } else {
            for (Observer o : observers) {
                o.step(status);
            }
        }
    }

    /** Bar by bar: each indicator whose clock advanced steps, in dependency order (replays recompute). */
    private void stepIndicators() {
        Indicator[] is = inds;
        int[] g = indData;
        DataClock[] cs = clocks;
        for (int k = 0; k < is.length; k++) {
            int d = g[k];
            if (d >= 0 ? cs[d].grew : is[k].clock().len() > is[k].len()) {
                is[k].step();
            } else if (d >= 0 && cs[d].updated) {
                is[k].recompute();
            }
        }
    }

    /** Vectorised: precomputed indicators whose clock is no data advance with their clock. */
    private void advanceUnrooted() {
        for (int k = 0; k < inds.length; k++) {
            Indicator ind = inds[k];
            if (indData[k] < 0 && ind.clock().len() > ind.len()) {
                ind.advance();
            }
        }
    }

    /** The observers see the same notifications as the strategy, before it does. */
    private void notifyObservers() {
        for (int i = 0, n = s.ordersPending.size(); i < n; i++) {
            Order order = s.ordersPending.get(i);
            for (Observer o : observers) {
                o.notifyOrder(order);
            }
        }
        for (int i = 0, n = s.tradesPending.size(); i < n; i++) {
            Trade trade = s.tradesPending.get(i);
            for (Observer o : observers) {
                o.notifyTrade(trade);
            }
        }
        if (!observersWantFund) {
            return; // no observer owns analyzers: nobody to tell cash/value/fund
        }
        Broker b = s.broker;
        double cash = b.getCash();
        double value = b.getValue();
        double fundValue = b.fundValue();
        double shares = b.fundShares();
        for (Observer o : observers) {
            o.notifyFund(cash, value, fundValue, shares);
        }
    }

    /** Cheat-on-open step, before the broker: uses the warm-up status of the previous bar. */
    public void stepOpen() {
        int status = s.minPerStatus;
        if (status < 0) {
            s.callNextOpen();
        } else if (status == 0) {
            s.callNextStartOpen();
        } else {
            s.callPrenextOpen();
        }
    }

    /** Delivers a data status change to the strategy. */
    public void notifyData(DataFeed d, DataStatus status) {
        s.deliverData(d, status);
    }

    /** Delivers a store notification to the strategy. */
    public void notifyStore(org.bt4j.feed.StoreNotice notice) {
        s.deliverStore(notice);
    }

    /** The timers the strategy added (in {@code init()} or {@code start()}). */
    public List<Timer> timers() {
        return s.timers;
    }

    /** Delivers a timer to the strategy. */
    public void notifyTimer(Timer timer, long when) {
        s.deliverTimer(timer, when);
    }
}
