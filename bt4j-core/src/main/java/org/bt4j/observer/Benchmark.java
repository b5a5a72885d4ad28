package org.bt4j.observer;

import org.bt4j.feed.DataFeed;
import org.bt4j.time.TimeFrame;

/**
 * backtrader's {@code Benchmark} observer: lines {@code timereturn} (the strategy's return of the
 * current period) and {@code benchmark} (the return of a data's close over the same period,
 * from its first close: {@code firstopen} off), both without warm-up bars ({@code _doprenext}
 * off), so the two can be compared period by period. Engine thread only.
 */
public final class Benchmark extends TimeReturn {

    private final DataFeed fixedData;
    private final org.bt4j.analyzer.TimeReturn tbench;

    /** Benchmarks against the strategy's first data, periods of the data's time frame. */
    public Benchmark() {
        this(null, null, 0);
    }

    /**
     * @param data        the benchmark data (null: the strategy's first)
     * @param timeFrame   the period (null: the data's)
     * @param compression the period's compression (0: the data's)
     */
    public Benchmark(DataFeed data, TimeFrame timeFrame, int compression) {
        super(timeFrame, compression, new String[] {"timereturn", "benchmark"});
        this.fixedData = data;
        treturn.doPrenext(false);
        tbench = addAnalyzer(new org.bt4j.analyzer.TimeReturn(timeFrame, compression).firstOpen(false));
        tbench.doPrenext(false);
    }

    @Override
    public Benchmark fund(Boolean on) {
        super.fund(on);
        tbench.fund(on);
        return this;
    }

    @Override
    protected void onStart() {
        tbench.data(fixedData != null ? fixedData : strategy.data());
    }

    @Override
    protected void onNext() {
        super.onNext();
        out(1).set(0, current(tbench, treturn.dtKey()));
    }
}
