package org.bt4j.bench.perf;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import org.bt4j.bench.BenchData;
import org.bt4j.bench.ColumnsFeed;
import org.bt4j.bench.compare.BarColumns;
import org.bt4j.bench.compare.Bt4jSmaCross;
import org.bt4j.bench.compare.SmaCrossResult;

/**
 * The performance engineer's quick check of BT-SMACROSS-10-30 on generated minute bars (seed
 * 42): every run mode with and without the standard observers, the best of N warm runs by the
 * measuring thread's CPU time (robust on a shared machine) and the fewest bytes that thread
 * allocated in one run, per bar. Not a benchmark of record ({@code EngineBenchmark} under JMH
 * is); a fast loop for tuning work. Run as
 * {@code java -Xms2g -Xmx2g ... org.bt4j.bench.perf.PerfRun [runs] [bars] [RUNONCE|RUNNEXT|EXACTBARS]}.
 * Stateless; measures on the calling thread.
 */
public final class PerfRun {

    /**
     * One measured configuration.
     *
     * @param barsPerCpuSecond bars over the best run's thread CPU time
     * @param bytesPerBar      the fewest bytes allocated by the measuring thread in one run, per bar
     * @param result           the last run's trades, orders and final broker state
     */
    public record Measurement(double barsPerCpuSecond, double bytesPerBar, SmaCrossResult result) {
    }

    private PerfRun() {
    }

    /**
     * Runs the strategy {@code runs} times over {@code bars} in {@code mode} (a preloaded feed
     * reused for the preloaded modes, a fresh streaming feed per run for exactbars=1).
     */
    public static Measurement measure(BarColumns bars, ColumnsFeed preloaded, Bt4jSmaCross.Mode mode,
                                      boolean stdstats, int runs) {
        return measure(bars, preloaded, mode, stdstats, false, runs);
    }

    /**
     * As {@link #measure(BarColumns, ColumnsFeed, Bt4jSmaCross.Mode, boolean, int)}; with
     * {@code observerHistory} the observers keep every bar ({@code Cerebro}'s default) instead of
     * the rings {@code bt4j backtest} gives them.
     */
    public static Measurement measure(BarColumns bars, ColumnsFeed preloaded, Bt4jSmaCross.Mode mode,
                                      boolean stdstats, boolean observerHistory, int runs) {
        if (runs < 1) {
            throw new IllegalArgumentException("runs must be >= 1, got " + runs);
        }
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().getId();
        long best = Long.MAX_VALUE;
        long bestAlloc = Long.MAX_VALUE;
        SmaCrossResult r = null;
        for (int i = 0; i < runs; i++) {
            ColumnsFeed feed = mode == Bt4jSmaCross.Mode.EXACTBARS ? BenchData.feed(bars) : preloaded;
            long a0 = mx.getThreadAllocatedBytes(tid);
            long t0 = mx.getCurrentThreadCpuTime();
            r = Bt4jSmaCross.run(feed, mode, stdstats, observerHistory);
            long t = mx.getCurrentThreadCpuTime() - t0;
            long a = mx.getThreadAllocatedBytes(tid) - a0;
            best = Math.min(best, Math.max(t, 1));
            bestAlloc = Math.min(bestAlloc, a);
        }
        int n = bars.size();
        return new Measurement(n / (best / 1e9), (double) bestAlloc / n, r);
    }

    /**
     * Prints one line per (observers, mode): best bars per CPU-second and bytes allocated per bar.
     * {@code stdstats=true}: the standard observers keeping their last bars ({@code bt4j backtest});
     * {@code stdstats=full}: keeping every bar ({@code Cerebro}'s default); {@code stdstats=false}: none.
     */
    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 6;
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        String only = args.length > 2 ? args[2] : "";
        BarColumns cols = BenchData.columns(n);
        ColumnsFeed pre = BenchData.preloadedFeed(cols);
        for (String std : new String[] {"true", "full", "false"}) {
            for (Bt4jSmaCross.Mode mode : Bt4jSmaCross.Mode.values()) {
                if (!only.isEmpty() && !mode.name().equalsIgnoreCase(only)) {
                    continue;
                }
                Measurement m = measure(cols, pre, mode, !"false".equals(std), "full".equals(std), runs);
                System.out.printf(Locale.ROOT, "%-12s stdstats=%-5s %6.2fM bars/s  %7.1f B/bar  %s%n",
                    mode.label(), std, m.barsPerCpuSecond() / 1e6, m.bytesPerBar(), m.result());
            }
        }
    }
}
