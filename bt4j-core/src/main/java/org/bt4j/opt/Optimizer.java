package org.bt4j.opt;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.bt4j.analyzer.Analyzer;
import org.bt4j.broker.BackBroker;
import org.bt4j.broker.Broker;
import org.bt4j.engine.Cerebro;
import org.bt4j.feed.DataFeed;
import org.bt4j.strategy.Strategy;
import org.bt4j.time.Stopwatch;

/**
 * Runs a strategy over every combination of a {@link ParamGrid} on all cores (backtrader's
 * {@code optstrategy} with {@code maxcpus}): a fixed pool of worker threads, at most
 * {@value #AHEAD_PER_WORKER} combinations per worker started and not yet written (so a million
 * combinations need no more memory than a handful), each run its own {@link Cerebro} and broker over
 * {@link SharedData} views of the datas preloaded once. The results reach the {@link ResultSink} in
 * grid order ({@link InOrderResults}), each as soon as every earlier one is in, so the results file
 * is the same row for row on any number of threads (or on a cluster); a combination that throws is
 * reported in its own result and the sweep goes on; an error that is not the combination's
 * (OutOfMemoryError) loses its worker: no more combinations start and the {@link Summary} says
 * which rows are missing and why. Without {@link #threads(int)}, the pool has as many threads as
 * cores, or fewer when the heap has room for fewer runs at once ({@link #threads()}). Default
 * observers are off (backtrader users switch {@code stdstats} off to optimise; nothing here would
 * read them).
 *
 * <p>Threading: configure on one thread, then {@link #run} blocks the calling thread until every
 * combination has been reported. Strategies, analyzers and brokers are created per run, so they
 * need not be thread-safe; they must not share mutable static state.
 */
public final class Optimizer {

    /**
     * Summary of a sweep: {@code runs} of {@code total} combinations reported ({@code failed} of
     * them as failed rows); {@code lost} is null when every combination has its row, else why the
     * sweep stopped short (a worker lost to an error such as OutOfMemoryError). Immutable value;
     * safe to share between threads.
     */
    public record Summary(long runs, long total, long failed, long elapsedNanos, int threads, String lost) {
        /** Runs per second over the whole sweep. */
        public double runsPerSecond() {
            return elapsedNanos > 0 ? runs * 1e9 / elapsedNanos : 0.0;
        }

        /** Whether every combination has its row. */
        public boolean complete() {
            return lost == null && runs == total;
        }
    }

    /** Heap a run is given per bar of every data (its indicator and strategy lines), in bytes. */
    static final long BYTES_PER_BAR = 256;
    /** Combinations a worker may run ahead of the first row not yet written. */
    static final int AHEAD_PER_WORKER = 16;
    /** Heap a run is given besides its lines, in bytes. */
    static final long BYTES_PER_RUN = 8L << 20;

    private final List<DataFeed> masters = new ArrayList<>();
    private Class<? extends Strategy> strategy;
    private ParamGrid grid;
    private Supplier<? extends Broker> brokerFactory = BackBroker::new;
    private final Map<String, Supplier<? extends Analyzer>> analyzers = new LinkedHashMap<>();
    private int threads = Runtime.getRuntime().availableProcessors();
    private boolean threadsGiven;
    private boolean runonce = true;
    private SharedIndicators shared = new SharedIndicators(Runtime.getRuntime().maxMemory() / 4);

    /** Adds a data: preloaded now (once), then shared read-only by every run. */
    public Optimizer data(DataFeed data) {
        masters.add(SharedData.preloadMaster(Objects.requireNonNull(data, "data")));
        return this;
    }

    /** The strategy class (public no-argument constructor, {@code @Param} fields). */
    public Optimizer strategy(Class<? extends Strategy> type) {
        this.strategy = Objects.requireNonNull(type, "strategy");
        return this;
    }

    /** The parameter grid. */
    public Optimizer grid(ParamGrid g) {
        this.grid = Objects.requireNonNull(g, "grid");
        return this;
    }

    /** Creates each run's broker (default: a {@link BackBroker} with 10000 cash). */
    public Optimizer broker(Supplier<? extends Broker> factory) {
        this.brokerFactory = Objects.requireNonNull(factory, "broker");
        return this;
    }

    /** Adds an analyzer to every run, reported under {@code name}. */
    public Optimizer analyzer(String name, Supplier<? extends Analyzer> factory) {
        if (analyzers.putIfAbsent(name, Objects.requireNonNull(factory, "analyzer")) != null) {
            throw new IllegalArgumentException("analyzer name '" + name + "' is already used");
        }
        return this;
    }

    /** Worker threads (backtrader's {@code maxcpus}); default: every core. */
    public Optimizer threads(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + n);
        }
        this.threads = n;
        this.threadsGiven = true;
        return this;
    }

    /**
     * Worker threads whose runs fit in {@code maxHeap} besides the shared datas of {@code bars}
     * bars: each run is given {@link #BYTES_PER_BAR} a bar plus {@link #BYTES_PER_RUN}, and only
     * half the heap left is planned for, at least 1 and at most {@code cores}.
     */
    static int threadsFor(long maxHeap, long bars, int cores) {
        long perRun = bars * BYTES_PER_BAR + BYTES_PER_RUN;
        long free = maxHeap - bars * 6 * Double.BYTES;
        return (int) Math.max(1, Math.min(cores, free / 2 / perRun));
    }

    /** The worker threads a sweep uses: as given, else every core that the heap has room for. */
    public int threads() {
        if (threadsGiven) {
            return threads;
        }
        long bars = 0;
        for (DataFeed m : masters) {
            bars += m.size();
        }
        return threadsFor(Runtime.getRuntime().maxMemory(), bars, threads);
    }

    /** Vectorised indicators (default) or bar by bar; both give identical numbers. */
    public Optimizer runonce(boolean on) {
        this.runonce = on;
        return this;
    }

    /**
     * Whether runonce runs share the moving averages they compute over the datas (default on:
     * {@link SharedIndicators}, at most a quarter of the heap); off computes every indicator in
     * every run. The results are the same either way.
     */
    public Optimizer shareIndicators(boolean on) {
        return sharedBy(on ? new SharedIndicators(Runtime.getRuntime().maxMemory() / 4) : null);
    }

    /** The runs share the indicators of {@code cache} (null: none). */
    Optimizer sharedBy(SharedIndicators cache) {
        this.shared = cache;
        return this;
    }

    /** Runs combination {@code index} on the calling thread and returns its result (never throws for a bad combination). */
    public OptResult runOne(long index) {
        Map<String, Object> params = grid.at(index);
        try {
            Broker broker = brokerFactory.get();
            Cerebro c = new Cerebro().stdstats(false).runonce(runonce).indicatorCache(shared).setBroker(broker);
            for (DataFeed m : masters) {
                c.addData(new SharedData(m));
            }
            c.addStrategy(strategy, params);
            for (Map.Entry<String, Supplier<? extends Analyzer>> e : analyzers.entrySet()) {
                c.addAnalyzer(e.getKey(), e.getValue());
            }
            Strategy s = c.run().get(0);
            Map<String, Map<String, Object>> an = new LinkedHashMap<>();
            int i = 0;
            for (String name : analyzers.keySet()) {
                an.put(name, s.analyzers().get(i++).analysis());
            }
            return new OptResult(index, params, broker.getValue(), broker.getCash(), an, null);
        } catch (RuntimeException | StackOverflowError | LinkageError e) {
            String msg = e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getMessage().lines().findFirst().orElse("");
            if (!(e instanceof org.bt4j.BadInputException) && !(e instanceof IllegalArgumentException)) {
                msg = e.getClass().getSimpleName() + ": " + msg;
            }
            return new OptResult(index, params, Double.NaN, Double.NaN, Map.of(), msg);
        }
    }

    /**
     * Runs every combination, streaming each result to {@code sink} in grid order (one call at a time) and
     * {@code progress}; closes the sink at the end. Blocks until done.
     */
    public Summary run(ResultSink sink, Progress progress) throws InterruptedException {
        if (masters.isEmpty()) {
            throw new IllegalStateException("no data added");
        }
        if (strategy == null || grid == null) {
            throw new IllegalStateException("strategy and grid are required");
        }
        final long total = grid.size();
        final Stopwatch elapsed = Stopwatch.start();
        final Object lock = new Object();
        final InOrderResults ordered = new InOrderResults(sink);
        final RuntimeException[] sinkFailure = new RuntimeException[1];
        final Throwable[] lost = new Throwable[1];
        int workers = (int) Math.max(1, Math.min(threads(), total));
        AtomicInteger ids = new AtomicInteger();
        ThreadFactory tf = r -> {
            Thread t = new Thread(r, "bt4j-opt-" + ids.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        ExecutorService pool = Executors.newFixedThreadPool(workers, tf);
        // combinations started but not yet written: rows wait for every earlier one (grid order),
        // so this bounds both the runs in flight and the rows held back
        Semaphore ahead = new Semaphore(workers * AHEAD_PER_WORKER);
        try {
            dispatch:
            for (long i = 0; i < total; i++) {
                while (!ahead.tryAcquire(100, TimeUnit.MILLISECONDS)) {
                    synchronized (lock) {
                        if (lost[0] != null || sinkFailure[0] != null) {
                            break dispatch;
                        }
                    }
                }
                synchronized (lock) {
                    if (sinkFailure[0] != null || lost[0] != null) {
                        break;
                    }
                }
                final long index = i;
                pool.execute(() -> {
                    try {
                        synchronized (lock) {
                            if (lost[0] != null) {
                                return; // queued before the loss: not started
                            }
                        }
                        OptResult r = runOne(index);
                        synchronized (lock) {
                            if (sinkFailure[0] != null) {
                                return;
                            }
                            try {
                                ahead.release(ordered.accept(r));
                            } catch (RuntimeException e) {
                                sinkFailure[0] = e;
                                return;
                            }
                            progress.update(ordered.written(), total, ordered.failed(), elapsed.elapsedNanos());
                        }
                    } catch (Throwable e) { // OutOfMemoryError and the like: the worker is lost, not the combination
                        synchronized (lock) {
                            if (lost[0] == null) {
                                lost[0] = e;
                            }
                        }
                    }
                });
            }
        } finally {
            pool.shutdown();
            while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
                // wait for the runs in flight
            }
            sink.close();
        }
        if (sinkFailure[0] != null) {
            throw sinkFailure[0];
        }
        synchronized (lock) {
            String why = lost[0] == null ? null : lost[0] instanceof OutOfMemoryError
                    ? "a worker ran out of memory (" + lost[0].getMessage() + ") with " + workers + " threads and a heap of "
                    + (Runtime.getRuntime().maxMemory() >> 20) + " MB: give the JVM more heap (BT4J_JAVA_OPTS=-Xmx…) or use"
                    + " fewer --threads"
                    : "a worker was lost: " + lost[0].getClass().getSimpleName() + ": " + String.valueOf(lost[0].getMessage())
                    .lines().findFirst().orElse("");
            return new Summary(ordered.written(), total, ordered.failed(), elapsed.elapsedNanos(), workers, why);
        }
    }
}
