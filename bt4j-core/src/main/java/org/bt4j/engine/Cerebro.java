package org.bt4j.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.bt4j.analyzer.Analyzer;
import org.bt4j.broker.BackBroker;
import org.bt4j.broker.Broker;
import org.bt4j.feed.DataClone;
import org.bt4j.feed.DataFeed;
import org.bt4j.feed.DataStatus;
import org.bt4j.feed.DerivedFeed;
import org.bt4j.feed.LiveFeed;
import org.bt4j.feed.StatusSource;
import org.bt4j.feed.Store;
import org.bt4j.feed.StoreNotice;
import org.bt4j.resample.AggregatedFeed;
import org.bt4j.resample.ReplayedFeed;
import org.bt4j.resample.ResampleParams;
import org.bt4j.resample.ResampledFeed;
import org.bt4j.time.TimeFrame;
import org.bt4j.indicator.LineOp;
import org.bt4j.line.Indicator;
import org.bt4j.line.LineBuffer;
import org.bt4j.line.LineContext;
import org.bt4j.line.LineSeries;
import org.bt4j.line.OncePipeline;
import org.bt4j.loop.EngineLoop;
import org.bt4j.loop.Inlet;
import org.bt4j.observer.Observer;
import org.bt4j.observer.Observers;
import org.bt4j.writer.WriterFile;
import org.bt4j.order.Order;
import org.bt4j.order.OrderOwner;
import org.bt4j.sizer.Sizer;
import org.bt4j.strategy.RunSettings;
import org.bt4j.strategy.SignalStrategy;
import org.bt4j.strategy.Strategy;
import org.bt4j.strategy.StrategyRunner;
import org.bt4j.strategy.Timer;
import org.bt4j.time.Stopwatch;
import org.bt4j.time.SystemClock;

/**
 * The engine (backtrader's {@code Cerebro}): holds data feeds, strategies, the broker, sizers and
 * analyzers, and runs backtrader's per-bar loop exactly — data advance and time synchronisation,
 * cheat-on-open {@code nextOpen}, broker step, order and trade notifications, cash/value
 * notifications, {@code prenext}/{@code nextstart}/{@code next}, analyzers.
 *
 * <p>Run modes, decided as backtrader does: {@code exactbars != 0} switches vectorised mode off,
 * {@code exactbars >= 1} also switches preloading off and bounds every line to the look-back its
 * consumers declared (memory stays flat however long the data); live feeds ({@link LiveFeed} or
 * {@code isLive()}) switch both off, and the run goes through the {@link EngineLoop}: one event
 * at a time from its inbox (a store's decoded messages, pushed bars, stops), each with one reading of
 * the injected clock, after which every live feed is checked at that time and asked for bars;
 * with nothing to do the loop parks until the next event or the feeds' next clock check (a
 * resampler's {@code qcheck}), never on a fixed interval. With preload and runonce the indicators are computed over
 * whole arrays first, then the strategy is stepped bar by bar; otherwise each indicator steps when
 * its clock advances. Both give identical numbers. Negative exactbars levels keep preloading and
 * bound only helper lines (see {@link #exactbars(int)}).
 *
 * <p>Notifications are routed without any bridging by the caller: every status a
 * {@link StatusSource} feed reports reaches each strategy's {@code notifyData}, and every
 * notification of a {@link Store} ({@link #addStore}, or a feed's store) reaches
 * {@code notifyStore}; both are delivered on the engine thread, between bar cycles (from other
 * threads through the loop's inbox).
 *
 * <p>Threading: configure and {@link #run()} on one thread, which becomes the engine thread.
 * {@link #runstop()}, {@link #postStoreMessage} and {@link #postDataStatus} may be used from any
 * thread.
 */
public final class Cerebro {

    private boolean preload = true;
    private boolean runonce = true;
    private boolean live;
    private int exactbars;
    private boolean cheatOnOpen;
    private boolean brokerCoo = true;
    private boolean stdstats = true;
    private boolean keepObserverLines = true;
    private Boolean retainHistory;
    private long qcheckNanos = 500_000_000L;

    private final List<DataFeed> datas = new ArrayList<>();
    private final List<Supplier<? extends Strategy>> strategyFactories = new ArrayList<>();
    private final List<Map<String, Object>> strategyParams = new ArrayList<>();
    private final List<Map.Entry<SignalStrategy.SignalType, java.util.function.Function<? super SignalStrategy, ? extends LineSeries>>>
        signals = new ArrayList<>();
    private Supplier<? extends SignalStrategy> signalStrategy = SignalStrategy::new;
    private boolean signalAccumulate;
    private boolean signalConcurrent;
    private final Map<String, Supplier<? extends Analyzer>> analyzerFactories = new LinkedHashMap<>();
    /** Analyzers added under their default name, by that name (backtrader's suffix counter). */
    private final Map<String, Integer> analyzerNameCounts = new java.util.HashMap<>();
    private Supplier<? extends Sizer> sizerFactory;
    private final List<WriterFile> writers = new ArrayList<>();
    private WriterFile[] runWriters = new WriterFile[0];
    private final List<java.util.function.Function<List<DataFeed>, List<Observer>>> observerFactories = new ArrayList<>();
    private final List<java.util.function.Function<? super Strategy, ? extends Indicator>> indicatorFactories = new ArrayList<>();
    private Broker broker = new BackBroker();
    private EngineLoop loop;
    private IndicatorCache indicatorCache;
    /** Notifications made on the engine thread, delivered at the next turn of the loop. */
    private final ArrayDeque<Notice> notices = new ArrayDeque<>();
    private final Inlet<Notice> noticeInlet = new Inlet<>() {
        @Override
        public String name() {
            return "cerebro.notices";
        }

        @Override
        public void accept(Notice n) {
            notices.add(n);
        }
    };
    private final List<Timer> timers = new ArrayList<>();
    private Timer.Listener timerListener;
    private Timer[] runTimers = new Timer[0];
    private Timer[] cheatTimers = new Timer[0];
    private volatile boolean stopRequested;

    /** Feeds and stores already wired to the strategies' notifications (by identity). */
    private final Set<StatusSource> statusSources = Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<Store> stores = new ArrayList<>();
    private final List<java.util.function.Consumer<? super StoreNotice>> storeCbs = new ArrayList<>();
    private final List<java.util.function.BiConsumer<DataFeed, DataStatus>> dataCbs = new ArrayList<>();

    /** A notification for every strategy: a data status, a store to drain, or a store message. */
    private sealed interface Notice {
    }

    private record DataNotice(DataFeed data, DataStatus status) implements Notice {
    }

    private record StoreSignal(Store store) implements Notice {
    }

    private record StoreMessage(StoreNotice message) implements Notice {
    }

    private final List<StrategyRunner> runners = new ArrayList<>();
    private long barsProcessed;
    private long runNanos;
    private int tradeRef;
    private boolean usedOnce;

    // ---- configuration -----------------------------------------------------------------------

    /**
     * Adds a data feed (its name is the one set on the feed). A feed that reports statuses (a
     * {@link StatusSource}, itself or the source a resampler or replayer reads) has each status
     * delivered to every strategy's {@code notifyData}, and its store's notifications to
     * {@code notifyStore}, on the engine thread.
     */
    public Cerebro addData(DataFeed data) {
        Objects.requireNonNull(data, "data");
        checkReadOnce(data);
        datas.add(data);
        wireStatuses(data);
        return this;
    }

    /**
     * backtrader's {@code resampledata}: adds a feed of {@code data}'s bars resampled with
     * {@code params} and returns it. When {@code data} was added too, the resampler reads a
     * {@link DataClone} of it, as backtrader does, so both feeds see every bar.
     */
    public DataFeed resampleData(DataFeed data, ResampleParams params) {
        return added(new ResampledFeed(sourceFor(data), params));
    }

    /** {@link #resampleData(DataFeed, ResampleParams)} with backtrader's defaults for {@code timeFrame}/{@code compression}. */
    public DataFeed resampleData(DataFeed data, TimeFrame timeFrame, int compression) {
        return resampleData(data, ResampleParams.resample(timeFrame, compression));
    }

    /**
     * backtrader's {@code replaydata}: adds a feed replaying {@code data} in bars of a larger
     * timeframe (the bar shown while it forms) and returns it; reads a {@link DataClone} of
     * {@code data} when that was added too.
     */
    public DataFeed replayData(DataFeed data, ResampleParams params) {
        return added(new ReplayedFeed(sourceFor(data), params));
    }

    private DataFeed added(DataFeed feed) {
        addData(feed);
        return feed;
    }

    /** {@link #replayData(DataFeed, ResampleParams)} with backtrader's replay defaults. */
    public DataFeed replayData(DataFeed data, TimeFrame timeFrame, int compression) {
        return replayData(data, ResampleParams.replay(timeFrame, compression));
    }

    /** {@code data}, or a clone of it when something of this engine reads it already. */
    private DataFeed sourceFor(DataFeed data) {
        Objects.requireNonNull(data, "data");
        return reader(data) != null ? new DataClone(data) : data;
    }

    /**
     * Refuses a feed that would be read twice (each reader would take every other bar): the
     * feed itself, or a feed a new resampler or filter reads, is already read by this engine.
     */
    private void checkReadOnce(DataFeed data) {
        String why = reader(data);
        if (why != null) {
            throw new IllegalArgumentException("data '" + data.name() + "' is already " + why
                + "; a feed can be read once only: use cerebro.resampleData(data, ...) or replayData(data, ...),"
                + " which read a clone of it, or open the file a second time");
        }
        for (DataFeed d = data; d instanceof DerivedFeed; ) {
            d = ((DerivedFeed) d).source();
            why = reader(d);
            if (why != null) {
                throw new IllegalArgumentException("data '" + d.name() + "' is already " + why + " and cannot also feed "
                    + data.getClass().getSimpleName() + "; use cerebro.resampleData(data, ...) or replayData(data, ...),"
                    + " which read a clone of it, or open the file a second time");
            }
        }
    }

    /** What of this engine already reads {@code f} (null: nothing). */
    private String reader(DataFeed f) {
        for (DataFeed added : datas) {
            if (added == f) {
                return "added to this cerebro";
            }
            for (DataFeed d = added; d instanceof DerivedFeed; ) {
                DataFeed src = ((DerivedFeed) d).source();
                if (src == f) {
                    return "read by the " + d.getClass().getSimpleName() + " '" + d.name() + "'";
                }
                d = src;
            }
        }
        return null;
    }

    private void wireStatuses(DataFeed data) {
        if (data instanceof DerivedFeed) {
            wireStatuses(((DerivedFeed) data).source());
        }
        if (data instanceof StatusSource && statusSources.add((StatusSource) data)) {
            StatusSource src = (StatusSource) data;
            src.addStatusListener(this::postDataStatus);
            if (src.store() != null) {
                addStore(src.store());
            }
        }
    }

    /**
     * Adds a store (backtrader's {@code addstore}): its notifications reach every strategy's
     * {@code notifyStore} on the engine thread, oldest first. Adding a store twice (or a store
     * already reached through a feed) changes nothing.
     */
    public Cerebro addStore(Store store) {
        Objects.requireNonNull(store, "store");
        for (Store s : stores) {
            if (s == store) {
                return this;
            }
        }
        EngineLoop own = store.loop();
        if (own != null) {
            if (loop != null && loop != own) {
                throw new IllegalArgumentException("store " + store + " runs on another engine loop than this Cerebro");
            }
            loop(own);
        }
        stores.add(store);
        store.addNotificationListener(() -> post(new StoreSignal(store)));
        return this;
    }

    /**
     * backtrader's {@code addstorecb}: {@code cb} receives every store notification the strategies'
     * {@code notifyStore} receive, before them, on the engine thread.
     */
    public Cerebro addStoreCb(java.util.function.Consumer<? super StoreNotice> cb) {
        storeCbs.add(Objects.requireNonNull(cb, "cb"));
        return this;
    }

    /**
     * backtrader's {@code adddatacb}: {@code cb} receives every data status the strategies'
     * {@code notifyData} receive, before them, on the engine thread.
     */
    public Cerebro addDataCb(java.util.function.BiConsumer<DataFeed, DataStatus> cb) {
        dataCbs.add(Objects.requireNonNull(cb, "cb"));
        return this;
    }

    /** Queues {@code n}: for the next turn on the engine thread, through the inbox from any other. */
    private void post(Notice n) {
        EngineLoop l = loop();
        if (l.onEngineThread()) {
            notices.add(n);
        } else {
            l.offer(noticeInlet, n);
        }
    }

    private void deliverNotices() {
        Notice n;
        while ((n = notices.poll()) != null) {
            if (n instanceof DataNotice d) {
                for (var cb : dataCbs) {
                    cb.accept(d.data(), d.status());
                }
                for (StrategyRunner r : runners) {
                    r.notifyData(d.data(), d.status());
                }
            } else if (n instanceof StoreSignal st) {
                for (StoreNotice message : st.store().drainNotifications()) {
                    for (var cb : storeCbs) {
                        cb.accept(message);
                    }
                    for (StrategyRunner r : runners) {
                        r.notifyStore(message);
                    }
                }
            } else if (n instanceof StoreMessage m) {
                for (var cb : storeCbs) {
                    cb.accept(m.message());
                }
                for (StrategyRunner r : runners) {
                    r.notifyStore(m.message());
                }
            }
        }
    }

    /** Adds a data feed under {@code name}. */
    public Cerebro addData(DataFeed data, String name) {
        data.name(name);
        return addData(data);
    }

    /** Adds a strategy instance (one run only) with parameter overrides. */
    public Cerebro addStrategy(Strategy strategy, Map<String, ?> params) {
        Objects.requireNonNull(strategy, "strategy");
        boolean[] used = new boolean[1];
        return addStrategy(() -> {
            if (used[0]) {
                throw new IllegalStateException("strategy instance already used; add a class or supplier to run again");
            }
            used[0] = true;
            return strategy;
        }, params);
    }

    /** Adds a strategy instance with its default parameters. */
    public Cerebro addStrategy(Strategy strategy) {
        return addStrategy(strategy, Map.of());
    }

    /** Adds a strategy created per run by {@code factory}, with parameter overrides by name. */
    public Cerebro addStrategy(Supplier<? extends Strategy> factory, Map<String, ?> params) {
        strategyFactories.add(Objects.requireNonNull(factory, "factory"));
        strategyParams.add(new LinkedHashMap<>(params == null ? Map.of() : params));
        return this;
    }

    /** Adds a strategy class (public no-argument constructor) with parameter overrides by name. */
    public Cerebro addStrategy(Class<? extends Strategy> type, Map<String, ?> params) {
        Objects.requireNonNull(type, "type");
        return addStrategy(() -> instantiate(type), params);
    }

    /**
     * backtrader's {@code add_signal}: a signal of {@code type} built by {@code factory} in the
     * signal strategy's set-up, right after its {@code init()} (for example
     * {@code s -> s.crossOver(s.sma(10), s.sma(30))}). With any signal added, the run has one
     * more strategy after the others: the {@link #signalStrategy} (a plain {@link SignalStrategy}
     * unless set) holding every signal.
     */
    public Cerebro addSignal(SignalStrategy.SignalType type,
                             java.util.function.Function<? super SignalStrategy, ? extends LineSeries> factory) {
        signals.add(Map.entry(Objects.requireNonNull(type, "type"), Objects.requireNonNull(factory, "factory")));
        return this;
    }

    /** backtrader's {@code signal_strategy}: the strategy that receives the signals of {@link #addSignal}. */
    public Cerebro signalStrategy(Supplier<? extends SignalStrategy> factory) {
        signalStrategy = Objects.requireNonNull(factory, "factory");
        return this;
    }

    /** backtrader's {@code signal_accumulate}: the signal strategy may add to a position. */
    public Cerebro signalAccumulate(boolean on) {
        signalAccumulate = on;
        return this;
    }

    /** backtrader's {@code signal_concurrent}: the signal strategy may issue orders while one is alive. */
    public Cerebro signalConcurrent(boolean on) {
        signalConcurrent = on;
        return this;
    }

    /** The run's signal strategy, holding the signals added to this engine. */
    private Strategy signalStrategyForRun() {
        SignalStrategy st = signalStrategy.get();
        for (var e : signals) {
            st.addSignal(e.getKey(), e.getValue());
        }
        return st.accumulate(signalAccumulate).concurrent(signalConcurrent);
    }

    static <T> T instantiate(Class<T> type) {
        try {
            var c = type.getDeclaredConstructor();
            c.setAccessible(true);
            return c.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("cannot create " + type.getName()
                    + ": it needs a public no-argument constructor (" + e + ")", e);
        }
    }

    /** Adds an analyzer to every strategy, under {@code name} (backtrader's {@code _name}). */
    public Cerebro addAnalyzer(String name, Supplier<? extends Analyzer> factory) {
        if (analyzerFactories.containsKey(name)) {
            throw new IllegalArgumentException("analyzer name '" + name + "' is already used");
        }
        analyzerFactories.put(name, Objects.requireNonNull(factory, "factory"));
        return this;
    }

    /**
     * Adds an analyzer to every strategy under backtrader's default name: its class name in lower
     * case, with {@code 1}, {@code 2}, … after the first of a class ({@code timereturn},
     * {@code timereturn1}), as {@code cerebro.addanalyzer(bt.analyzers.TimeReturn)} names it.
     */
    public Cerebro addAnalyzer(Supplier<? extends Analyzer> factory) {
        String base = factory.get().getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT);
        int n = analyzerNameCounts.merge(base, 1, Integer::sum) - 1;
        return addAnalyzer(n == 0 ? base : base + n, factory);
    }

    /**
     * backtrader's {@code addindicator}: every strategy of the run gets the indicator
     * {@code factory} builds for it, right after its {@code init()} and as if it had declared it
     * (reading the strategy's datas, {@code s -> new RelativeVolume(s.data(), ...)}).
     */
    public Cerebro addIndicator(java.util.function.Function<? super Strategy, ? extends Indicator> factory) {
        indicatorFactories.add(Objects.requireNonNull(factory, "factory"));
        return this;
    }

    /** Adds an observer to every strategy, after the default set (backtrader's {@code addobserver}). */
    public Cerebro addObserver(Supplier<? extends Observer> factory) {
        Objects.requireNonNull(factory, "factory");
        observerFactories.add(ds -> List.of(factory.get()));
        return this;
    }

    /** Adds one observer per data to every strategy (backtrader's {@code addobservermulti}). */
    public Cerebro addObserverMulti(java.util.function.Function<DataFeed, ? extends Observer> factory) {
        Objects.requireNonNull(factory, "factory");
        observerFactories.add(ds -> {
            List<Observer> out = new ArrayList<>(ds.size());
            for (DataFeed d : ds) {
                out.add(factory.apply(d));
            }
            return out;
        });
        return this;
    }

    /** Adds a writer: CSV rows per bar cycle (after every strategy step) and the run summary (backtrader's {@code addwriter}). */
    public Cerebro addWriter(WriterFile writer) {
        writers.add(Objects.requireNonNull(writer, "writer"));
        return this;
    }

    /** The sizer every strategy starts with (default backtrader's FixedSize, stake 1). */
    public Cerebro addSizer(Supplier<? extends Sizer> factory) {
        sizerFactory = Objects.requireNonNull(factory, "factory");
        return this;
    }

    /**
     * Adds an engine timer (backtrader's {@code cerebro.add_timer}): it notifies the
     * {@link #onTimer listener} and, with {@link Timer#strats(boolean)}, every strategy.
     */
    public Timer addTimer(Timer timer) {
        timers.add(Objects.requireNonNull(timer, "timer"));
        return timer;
    }

    /** Receives the engine timers (backtrader's {@code Cerebro.notify_timer}). */
    public Cerebro onTimer(Timer.Listener listener) {
        timerListener = listener;
        return this;
    }

    /** Replaces the broker (default a {@link BackBroker}). */
    public Cerebro setBroker(Broker b) {
        broker = Objects.requireNonNull(b, "broker");
        return this;
    }

    /** The broker of the run. */
    public Broker broker() {
        return broker;
    }

    public Cerebro preload(boolean b) {
        preload = b;
        return this;
    }

    public Cerebro runonce(boolean b) {
        runonce = b;
        return this;
    }

    /**
     * Takes runonce indicators from {@code cache} when it has them (an optimisation's runs share
     * them); null (the default) computes every indicator in this run.
     */
    public Cerebro indicatorCache(IndicatorCache cache) {
        indicatorCache = cache;
        return this;
    }

    /** Forces live mode (no preload, no runonce). */
    public Cerebro live(boolean b) {
        live = b;
        return this;
    }

    /**
     * Memory level (backtrader's {@code exactbars}): 0 keeps everything; 1 streams the feeds,
     * bounds every line and keeps only live orders and open trades (see {@link #retainHistory}); -1 keeps preloading but bounds the helpers inside indicators and the
     * strategy-level line operations; -2 also bounds strategy-level indicators that are not
     * plotted. Any non-zero level computes indicators bar by bar.
     */
    public Cerebro exactbars(int level) {
        if (level < -2 || level > 1) {
            throw new IllegalArgumentException("exactbars must be -2, -1, 0 or 1, got " + level);
        }
        exactbars = level;
        return this;
    }

    /** Calls {@code nextOpen()} before the broker step; with {@code brokerCoo} also sets broker coo. */
    public Cerebro cheatOnOpen(boolean b) {
        cheatOnOpen = b;
        return this;
    }

    public Cerebro brokerCoo(boolean b) {
        brokerCoo = b;
        return this;
    }

    /** Whether the default observers are wanted (they record values only, never change them). */
    public Cerebro stdstats(boolean b) {
        stdstats = b;
        return this;
    }

    public boolean stdstats() {
        return stdstats;
    }

    /**
     * Whether every observer line keeps the value of every bar for reading after the run (true,
     * the default, as backtrader keeps them: charts and code reading {@code strategy.observers()}
     * afterwards need it), or only a ring of the bars its readers declared through
     * {@link LineBuffer#requireLookback} (at least the last few), which is all that the strategy,
     * the analyzers and a writer read while the run goes on. Without the history an observer costs
     * no memory per bar and its steps stay in the cache: for runs whose result is taken from
     * elsewhere, as {@link Backtest}'s. {@code exactbars=1} bounds the observer lines either way.
     */
    public Cerebro keepObserverLines(boolean keep) {
        keepObserverLines = keep;
        return this;
    }

    /**
     * Whether each strategy's {@code orders()} and {@code trades()} keep every order and trade
     * of the run (as backtrader does), or only the orders still alive and the trades still open,
     * finished ones being dropped once notified (analyzers and observers see every notification
     * either way; {@code Strategy.completedOrderCount()} and {@code closedTradeCount()} count
     * them). Null (the default) decides by the memory level: everything is kept unless
     * {@code exactbars >= 1}, whose memory stays flat however many orders the run makes.
     */
    public Cerebro retainHistory(Boolean retain) {
        retainHistory = retain;
        return this;
    }

    /**
     * backtrader's {@code qcheck} (default 0.5 s): a resampler over a live feed closes its bar on
     * the clock at the latest this long after the bar's end. It is the resampler's rule, not a
     * poll: the loop wakes for it only while such a bar is open.
     */
    public Cerebro qcheck(java.time.Duration d) {
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException("qcheck must be > 0, got " + d);
        }
        qcheckNanos = d.toNanos();
        return this;
    }

    /**
     * Runs on {@code l}: its clock, its inbox, its recording or replay (default: a loop on the wall
     * clock, or the loop of an added store).
     */
    public Cerebro loop(EngineLoop l) {
        loop = java.util.Objects.requireNonNull(l, "loop");
        return this;
    }

    /** The run's engine loop. */
    public EngineLoop loop() {
        if (loop == null) {
            loop = new EngineLoop(new SystemClock());
        }
        return loop;
    }

    /** Asks the running loop to stop at the next check; safe from any thread. */
    public void runstop() {
        stopRequested = true;
        loop().stop();
    }

    /** Queues a store notification for every strategy's {@code notifyStore} (any thread). */
    public void postStoreMessage(StoreNotice message) {
        post(new StoreMessage(Objects.requireNonNull(message, "message")));
    }

    /**
     * Queues a data status change for every strategy's {@code notifyData} (any thread). Feeds that
     * are {@link StatusSource}s are wired by {@link #addData} already; this is for other sources.
     */
    public void postDataStatus(DataFeed data, DataStatus status) {
        post(new DataNotice(data, status));
    }

    // ---- results -----------------------------------------------------------------------------

    /** Bar cycles processed by the last run (one per strategy step). */
    public long barsProcessed() {
        return barsProcessed;
    }

    /** Wall time of the last run's loop (preload and indicator pass included), nanoseconds. */
    public long runNanos() {
        return runNanos;
    }

    /** Whether the last run used the vectorised (runonce) path. */
    public boolean usedRunOnce() {
        return usedOnce;
    }

    // ---- the run -----------------------------------------------------------------------------

    /**
     * Runs every strategy over the datas and returns them, finished. Indicators are declared in
     * {@code init()}; one created later in the run is refused with a message saying so.
     */
    public List<Strategy> run() {
        try (LineContext refusal = LineContext.refusing("was created after init(), where nothing computes it:"
                + " declare indicators in init() (backtrader's __init__) and read them in start(), next() or stop()")) {
            return runAll();
        }
    }

    private List<Strategy> runAll() {
        if (datas.isEmpty()) {
            throw new IllegalStateException("no data feed added");
        }
        if (strategyFactories.isEmpty() && signals.isEmpty()) {
            throw new IllegalStateException("no strategy added");
        }
        Stopwatch watch = Stopwatch.start();
        stopRequested = false;
        barsProcessed = 0;
        tradeRef = 0;
        runners.clear();
        EngineLoop l = loop();
        l.bind();
        l.resume();
        for (Store st : stores) {
            post(new StoreSignal(st));
        }

        boolean anyLive = live;
        boolean anyAggregated = false;
        for (DataFeed d : datas) {
            anyLive |= needsLiveLoop(d);
            anyAggregated |= d instanceof AggregatedFeed;
        }
        boolean doPreload = preload && exactbars < 1 && !anyLive && !anyAggregated;
        for (DataFeed d : datas) {
            doPreload &= d.canPreload();
        }
        boolean doOnce = doPreload && runonce && exactbars == 0;
        usedOnce = doOnce;

        for (DataFeed d : datas) {
            d.start();
        }
        if (cheatOnOpen && brokerCoo) {
            broker.setCoo(true);
        }
        broker.start(datas);
        int regular = strategyFactories.size();
        for (int i = 0; i < regular + (signals.isEmpty() ? 0 : 1); i++) {
            Strategy s = i < regular ? strategyFactories.get(i).get() : signalStrategyForRun();
            StrategyRunner r = new StrategyRunner(s, i < regular ? strategyParams.get(i) : Map.of());
            if (sizerFactory != null) {
                s.setSizer(sizerFactory.get());
            }
            Map<String, Analyzer> an = new LinkedHashMap<>();
            for (var f : analyzerFactories.entrySet()) {
                an.put(f.getKey(), f.getValue().get());
            }
            r.onRunstop(this::runstop);
            r.addIndicators(indicatorFactories);
            r.setup(datas, broker, () -> ++tradeRef, an, new RunSettings(preload, runonce, live, exactbars, cheatOnOpen,
                brokerCoo, stdstats, java.time.Duration.ofNanos(qcheckNanos)));
            List<Observer> obs = new ArrayList<>(stdstats ? Observers.standard(datas) : List.of());
            for (var f : observerFactories) {
                obs.addAll(f.apply(datas));
            }
            r.setObservers(obs);
            r.retainHistory(retainHistory != null ? retainHistory : exactbars < 1);
            runners.add(r);
        }
        if (exactbars >= 1) {
            boundLines();
        } else {
            if (exactbars < 0) {
                boundHelpers();
            }
            if (!keepObserverLines) {
                boundObservers(true);
            }
        }
        if (doPreload) {
            for (DataFeed d : datas) {
                if (!d.isPreloaded()) {
                    d.preload();
                }
            }
        }
        if (doPreload) {
            reserveLines(doOnce);
        }
        for (StrategyRunner r : runners) {
            r.start();
        }
        startTimers();
        runWriters = writers.toArray(new WriterFile[0]);
        if (runWriters.length > 0) {
            List<Strategy> strats = new ArrayList<>();
            for (StrategyRunner r : runners) {
                strats.add(r.strategy());
            }
            for (WriterFile w : runWriters) {
                w.start(datas, strats, new ArrayList<>(analyzerFactories.keySet()));
            }
        }
        boolean completed = false;
        DataFeed[] sorted = datas.toArray(new DataFeed[0]);
        // an anonymous class, not Comparator.comparing(...): those lambdas and method references link
        // through LambdaMetafactory on every cold start, ~2.5 ms (BENCHMARKS.md §12.1)
        java.util.Arrays.sort(sorted, new Comparator<DataFeed>() {
            @Override
            public int compare(DataFeed a, DataFeed b) {
                int byFrame = a.timeFrame().compareTo(b.timeFrame());
                return byFrame != 0 ? byFrame : Integer.compare(a.compression(), b.compression());
            }
        });
        StrategyRunner[] rs = runners.toArray(new StrategyRunner[0]);
        try {
            if (doOnce) {
                try (OncePipeline ahead = precomputeIndicators()) {
                    runOnce(sorted, rs, ahead);
                    if (ahead != null) {
                        ahead.finish(); // the lines complete after a stopped run too, as before
                    }
                }
            } else if (anyLive) {
                runLive(sorted, rs);
            } else {
                runNext(sorted, rs);
            }
            completed = true;
        } finally {
            for (StrategyRunner r : rs) {
                r.stop();
            }
            broker.stop();
            for (DataFeed d : datas) {
                d.stop();
            }
            for (WriterFile w : runWriters) {
                if (completed) {
                    w.stop();
                } else {
                    w.abort();
                }
            }
            runNanos = watch.elapsedNanos();
        }
        List<Strategy> out = new ArrayList<>(rs.length);
        for (StrategyRunner r : rs) {
            out.add(r.strategy());
        }
        return out;
    }

    /**
     * exactbars -1 / -2 (backtrader's memory levels that keep preloading): datas, the indicators
     * a strategy declares and observers keep every value; the helpers built inside indicators and
     * the line operations declared at strategy level keep a bounded ring sized by the look-back
     * their consumers declared; with -2 also the strategy-level indicators that are not plotted.
     */
    private void boundHelpers() {
        for (StrategyRunner r : runners) {
            for (Indicator ind : r.indicators()) {
                if (ind.isNested() || ind instanceof LineOp || (exactbars == -2 && !ind.plotted())) {
                    for (LineBuffer b : ind.buffers()) {
                        b.bound(1);
                    }
                }
            }
        }
    }

    private void boundLines() {
        for (DataFeed d : datas) {
            int lookback = 1;
            for (int i = 0; i < d.lineCount(); i++) {
                LineBuffer b = d.buffer(i);
                lookback = Math.max(lookback, b.lookback());
                b.bound(1);
            }
            d.datetime().bound(lookback + 2);
        }
        for (StrategyRunner r : runners) {
            for (Indicator ind : r.indicators()) {
                for (LineBuffer b : ind.buffers()) {
                    b.bound(1);
                }
            }
        }
        boundObservers(false);
    }

    /**
     * The smallest half of an observer's ring in a preloaded run without observer history: the
     * joint move fills a half with NaN once per this many bars instead of storing NaN on every bar
     * (4 KiB per line; halves of 4 to 64 slots were no faster than the store per bar, and in
     * exactbars=1, where every line is a small ring, such rings were slower: BENCHMARKS §12.5).
     */
    private static final int OBSERVER_RING_HALF = 256;

    /**
     * Every observer line becomes a ring sized by the look-back its readers declared; with
     * {@code inHalves} one that the joint move appends to without a NaN store per bar.
     */
    private void boundObservers(boolean inHalves) {
        for (StrategyRunner r : runners) {
            for (Observer o : r.strategy().observers()) {
                for (LineBuffer b : o.buffers()) {
                    if (inHalves) {
                        b.bound(1, OBSERVER_RING_HALF);
                    } else {
                        b.bound(1);
                    }
                }
            }
        }
    }

    /** Starts the engine's and the strategies' timers, split into cheat and normal ones. */
    private void startTimers() {
        List<Timer> all = new ArrayList<>(timers);
        for (StrategyRunner r : runners) {
            all.addAll(r.timers());
        }
        List<Timer> normal = new ArrayList<>();
        List<Timer> cheat = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Timer t = all.get(i);
            t.start(datas.get(0), i);
            (t.isCheat() ? cheat : normal).add(t);
        }
        runTimers = normal.toArray(new Timer[0]);
        cheatTimers = cheat.toArray(new Timer[0]);
    }

    /**
     * With every bar preloaded the number of bars is known: the lines filled bar by bar (the
     * indicators' when not vectorised, the observers') hold a NaN slot for every bar already, so
     * a step only moves their cursors (an indicator steps once per bar of its clock; the run has
     * at least as many bars as its longest data).
     */
    private void reserveLines(boolean once) {
        int bars = 0;
        for (DataFeed d : datas) {
            bars = Math.max(bars, d.size());
        }
        for (StrategyRunner r : runners) {
            if (!once) {
                for (Indicator ind : r.indicators()) {
                    ind.presize(sizeOf(ind.clock()));
                }
            }
            for (Observer o : r.strategy().observers()) {
                o.presize(bars);
            }
        }
    }

    /**
     * Computes the indicators of a vectorised run before its loop, or returns the pipeline that
     * computes them beside it when {@link OncePipeline#takes} them: one feed, no indicator cache.
     */
    private OncePipeline precomputeIndicators() {
        if (datas.size() == 1 && indicatorCache == null) {
            List<Indicator> all = new ArrayList<>();
            for (StrategyRunner r : runners) {
                all.addAll(r.indicators());
            }
            DataFeed d = datas.get(0);
            if (OncePipeline.takes(all, d, d.size())) {
                d.home();
                return OncePipeline.start(all, d.size());
            }
        }
        for (StrategyRunner r : runners) {
            for (Indicator ind : r.indicators()) {
                int n = sizeOf(ind.clock());
                if (indicatorCache == null || !indicatorCache.fill(ind, n)) {
                    ind.runOnce(n);
                }
            }
        }
        for (StrategyRunner r : runners) {
            for (Indicator ind : r.indicators()) {
                ind.home();
            }
        }
        for (DataFeed d : datas) {
            d.home();
        }
        return null;
    }

    private static int sizeOf(LineSeries clock) {
        if (clock instanceof DataFeed) {
            return ((DataFeed) clock).size();
        }
        if (clock instanceof Indicator) {
            return sizeOf(((Indicator) clock).clock());
        }
        return clock.line(0).buffer().size();
    }

    /**
     * The broker's step, then its order notifications handed to their owners. Small enough for C1
     * (the one-shot commands' JIT) to inline into {@link #cycle}: most bars bring no notification.
     */
    private void brokerStep() {
        broker.next();
        Order o = broker.nextNotification();
        if (o != null) {
            handOver(o);
        }
    }

    /** Hands {@code first} and the broker's further notifications of this step to their owners. */
    private void handOver(Order first) {
        for (Order o = first; o != null; o = broker.nextNotification()) {
            OrderOwner owner = o.owner();
            if (owner == null) {
                owner = runners.get(0).strategy();
            }
            owner.addNotification(o);
        }
    }

    /**
     * The vectorised loop; with {@code ahead} (one feed) a bar is stepped once the pipeline
     * computed the indicators' values of it.
     */
    private void runOnce(DataFeed[] sorted, StrategyRunner[] rs, OncePipeline ahead) {
        if (sorted.length == 1) {
            DataFeed d = sorted[0];
            int n = d.size();
            int ready = ahead == null ? n : 0;
            while (!stopRequested && d.len() < n) {
                if (d.len() >= ready) {
                    ready = ahead.awaitReady(d.len() + 1);
                }
                d.advance();
                cycle(rs, true, d.datetime(0));
            }
            return;
        }
        long[] peeks = new long[sorted.length];
        while (!stopRequested) {
            long dt0 = Long.MAX_VALUE;
            for (int i = 0; i < sorted.length; i++) {
                DataFeed d = sorted[i];
                int len = d.len();
                long p = len < d.size() ? d.datetime().array()[len] : Long.MAX_VALUE;
                peeks[i] = p;
                if (p < dt0) {
                    dt0 = p;
                }
            }
            if (dt0 == Long.MAX_VALUE) {
                break;
            }
            for (int i = 0; i < sorted.length; i++) {
                if (peeks[i] <= dt0) {
                    sorted[i].advance();
                }
            }
            cycle(rs, true, dt0);
        }
    }

    /** One bar cycle at master time {@code dt0}: backtrader's order of steps (inventory A2). */
    private void cycle(StrategyRunner[] rs, boolean once, long dt0) {
        if (cheatTimers.length > 0) {
            checkTimers(cheatTimers, rs, dt0);
        }
        if (cheatOnOpen) {
            for (StrategyRunner r : rs) {
                r.stepOpen();
            }
        }
        brokerStep();
        if (runTimers.length > 0) {
            checkTimers(runTimers, rs, dt0);
        }
        for (StrategyRunner r : rs) {
            r.step(once);
        }
        for (WriterFile w : runWriters) {
            w.next();
        }
        barsProcessed++;
    }

    private void checkTimers(Timer[] timers, StrategyRunner[] rs, long dt0) {
        for (Timer t : timers) {
            if (!t.check(dt0)) {
                continue;
            }
            long when = t.lastWhenNanos();
            Object owner = t.owner();
            if (owner == null) {
                if (timerListener != null) {
                    timerListener.onTimer(t, when);
                }
                if (t.isStrats()) {
                    for (StrategyRunner r : rs) {
                        r.notifyTimer(t, when);
                    }
                }
            } else {
                for (StrategyRunner r : rs) {
                    if (r.strategy() == owner) {
                        r.notifyTimer(t, when);
                    }
                }
            }
        }
    }

    /**
     * Whether {@code d} needs the live loop: it is live, or it is a feed that may have no bar
     * ready yet without being finished (a {@link LiveFeed} that is not merely derived from
     * finished, non-live sources such as a CSV file being resampled).
     */
    private static boolean needsLiveLoop(DataFeed d) {
        if (d.isLive()) {
            return true;
        }
        if (d instanceof DerivedFeed) {
            return needsLiveLoop(((DerivedFeed) d).source());
        }
        if (d instanceof DataClone) {
            return needsLiveLoop(((DataClone) d).source());
        }
        return d instanceof LiveFeed;
    }

    private void runNext(DataFeed[] sorted, StrategyRunner[] rs) {
        boolean[] got = new boolean[sorted.length];
        boolean[] rsOnly = resampleOnly(sorted);
        while (!stopRequested) {
            if (!loop.idle()) {
                do {
                    loop.step(Long.MIN_VALUE);
                } while (!loop.idle());
                stopRequested |= loop.stopped();
            }
            if (!notices.isEmpty()) {
                deliverNotices();
            }
            for (int i = 0; i < sorted.length; i++) {
                got[i] = sorted[i].next();
            }
            long dt0 = synchronise(sorted, got, rsOnly, null);
            if (dt0 == Long.MAX_VALUE) {
                break;
            }
            cycle(rs, false, dt0);
        }
    }

    /**
     * backtrader's {@code rsonly}: the feeds that only resample. They do not choose the master
     * time unless every feed that delivered is one (null when no feed or every feed resamples,
     * where all feeds choose).
     */
    private static boolean[] resampleOnly(DataFeed[] sorted) {
        boolean[] rs = new boolean[sorted.length];
        int n = 0;
        for (int i = 0; i < sorted.length; i++) {
            rs[i] = sorted[i] instanceof ResampledFeed;
            n += rs[i] ? 1 : 0;
        }
        return n == 0 || n == sorted.length ? null : rs;
    }

    /**
     * backtrader's synchronisation of the feeds after each one was asked for a bar ({@code got}):
     * the master time {@code dt0} is the earliest new bar among the feeds that do not only
     * resample (among all when only those delivered); a feed that delivered nothing is offered
     * the master time so its resampler can close a bar, and asked again; a feed whose new bar is
     * later than {@code dt0} steps back, it has not delivered yet. Returns {@code dt0}, or
     * {@link Long#MAX_VALUE} when no feed delivered.
     */
    private static long synchronise(DataFeed[] sorted, boolean[] got, boolean[] rsOnly, boolean[] ended) {
        long dt0 = Long.MAX_VALUE;
        long all = Long.MAX_VALUE;
        for (int i = 0; i < sorted.length; i++) {
            if (got[i]) {
                long t = sorted[i].datetime(0);
                all = Math.min(all, t);
                if (rsOnly == null || !rsOnly[i]) {
                    dt0 = Math.min(dt0, t);
                }
            }
        }
        if (all == Long.MAX_VALUE || sorted.length == 1) {
            return all;
        }
        if (dt0 == Long.MAX_VALUE) {
            dt0 = all;
        }
        for (int i = 0; i < sorted.length; i++) {
            DataFeed d = sorted[i];
            if (!got[i] && d instanceof LiveFeed && (ended == null || !ended[i])) {
                ((LiveFeed) d).check(dt0);
                got[i] = d.next();
            }
        }
        for (int i = 0; i < sorted.length; i++) {
            if (got[i] && sorted[i].datetime(0) > dt0) {
                sorted[i].undeliver();
            }
        }
        return dt0;
    }

    /**
     * The live loop: one turn per event the loop takes (or timer, when the next clock check is
     * due): notifications first, then every feed is checked at the event's clock reading and asked
     * for bars, one bar cycle per delivery, until none delivers; with no cycle the broker still
     * steps (its notifications). Ends when every feed is finished or on a stop.
     */
    private void runLive(DataFeed[] sorted, StrategyRunner[] rs) {
        boolean[] got = new boolean[sorted.length];
        boolean[] ended = new boolean[sorted.length];
        boolean[] rsOnly = resampleOnly(sorted);
        for (DataFeed d : sorted) {
            if (d instanceof LiveFeed) {
                ((LiveFeed) d).attach(loop);
            }
        }
        long deadline = Long.MIN_VALUE;
        while (!stopRequested) {
            loop.step(deadline);
            if (loop.stopped()) {
                break;
            }
            long now = loop.now();
            boolean cycled = false;
            boolean waiting = false;
            while (!stopRequested) {
                deliverNotices();
                boolean any = false;
                waiting = false;
                for (int i = 0; i < sorted.length; i++) {
                    got[i] = false;
                    if (ended[i]) {
                        continue;
                    }
                    DataFeed d = sorted[i];
                    LiveFeed lf = d instanceof LiveFeed ? (LiveFeed) d : null;
                    if (lf != null) {
                        lf.check(now);
                    }
                    got[i] = d.next();
                    if (got[i]) {
                        any = true;
                    } else if (lf != null && !lf.isFinished()) {
                        waiting = true;
                    } else {
                        ended[i] = true;
                    }
                }
                if (!any) {
                    break;
                }
                cycle(rs, false, synchronise(sorted, got, rsOnly, ended));
                cycled = true;
            }
            if (!cycled) {
                brokerStep();
            }
            if (!waiting) {
                break;
            }
            deadline = broker.nextDueNanos();
            for (int i = 0; i < sorted.length; i++) {
                if (!ended[i] && sorted[i] instanceof LiveFeed) {
                    deadline = Math.min(deadline, ((LiveFeed) sorted[i]).nextCheckNanos(now, qcheckNanos));
                }
            }
        }
        deliverNotices();
    }
}
