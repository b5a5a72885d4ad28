package org.bt4j.bench.indicator;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.Function;
import org.bt4j.bench.BenchData;
import org.bt4j.feed.DataFeed;
import org.bt4j.line.Indicator;
import org.bt4j.line.LineContext;

/**
 * Vectorised indicator throughput in bars per CPU-second of the measuring thread — the "one core"
 * figure, which stays meaningful on a shared, oversubscribed machine where {@link IndicatorBenchmark}'s
 * wall-clock scores swing with other load. Same graphs and data as {@link IndicatorBenchmark}
 * (1M one-minute bars); prints one line per indicator with both the CPU and the wall-clock rate.
 * Run: {@code java -cp benchmarks.jar org.bt4j.bench.indicator.IndicatorCpuRate [SMA EMA ...]}.
 * Single-threaded.
 */
public final class IndicatorCpuRate {

    private IndicatorCpuRate() {
    }

    /** Measures the indicators named in {@code args} (default SMA and EMA). */
    public static void main(String[] args) {
        String[] names = args.length > 0 ? args : new String[] {"SMA", "EMA"};
        DataFeed feed = BenchData.preloadedFeed(BenchData.columns(IndicatorBenchmark.BARS));
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        int n = feed.size();
        for (String name : names) {
            Function<DataFeed, Object> factory = IndicatorBenchmark.factory(name);
            Indicator[] graph;
            try (LineContext ctx = LineContext.open()) {
                factory.apply(feed);
                graph = ctx.indicators().toArray(new Indicator[0]);
            }
            for (int w = 0; w < 30; w++) {
                runOnce(graph, n);
            }
            int reps = 50;
            long cpu0 = mx.getCurrentThreadCpuTime();
            long wall0 = System.nanoTime();
            for (int r = 0; r < reps; r++) {
                runOnce(graph, n);
            }
            long cpu = mx.getCurrentThreadCpuTime() - cpu0;
            long wall = System.nanoTime() - wall0;
            double bars = (double) reps * n;
            System.out.printf("%-15s vectorised %8.1f M bars/CPU-s %8.1f M bars/wall-s%n", name,
                bars / (cpu / 1e9) / 1e6, bars / (wall / 1e9) / 1e6);
        }
    }

    private static void runOnce(Indicator[] graph, int n) {
        for (Indicator ind : graph) {
            ind.runOnce(n);
        }
    }
}
