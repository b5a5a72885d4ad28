package org.bt4j.bench.perf;

import java.util.Locale;
import org.bt4j.bench.BenchData;
import org.bt4j.bench.ColumnsFeed;
import org.bt4j.bench.JvmMeter;
import org.bt4j.bench.compare.BarColumns;
import org.bt4j.bench.compare.Bt4jSmaCross;
import org.bt4j.bench.compare.SmaCrossResult;

/**
 * The performance engineer's quick check of BT-SMACROSS-10-30 on generated minute bars (seed
 * 42): every run mode with and without the standard observers, the mean CPU time of the later
 * half of N runs (the earlier half warms up), counted over the whole process (every thread's: at
 * 524,288 bars and more a runonce run computes its indicators on a thread beside the loop, whose
 * work the measuring thread's CPU time would leave out; not the time other processes held the
 * cores on a shared machine) and the fewest bytes the JVM allocated in one run, per bar. Not a
 * benchmark of record ({@code EngineBenchmark} under JMH is); a fast loop for tuning work. Run as
 * {@code java -Xms2g -Xmx2g ... org.bt4j.bench.perf.PerfRun [runs] [bars] [RUNONCE|RUNNEXT|EXACTBARS]}.
 * Stateless; runs on the calling thread, measures the whole JVM ({@link JvmMeter}): run it alone.
 */
public final class PerfRun {

    /**
     * One measured configuration.
     *
     * @param barsPerCpuSecond bars per second of the process's CPU time, over the later half of the runs
     * @param barsPerThreadCpuSecond the same over the measuring thread's CPU time alone (the engine
     *                         loop's share; what this tool reported before it counted every thread)
     * @param bytesPerBar      the fewest bytes allocated by the JVM (all threads) in one run, per bar
     * @param result           the last run's trades, orders and final broker state
     */
    public record Measurement(double barsPerCpuSecond, double barsPerThreadCpuSecond, double bytesPerBar,
                              SmaCrossResult result) {
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
        // the process's CPU clock ticks in 10 ms steps on Linux (a 1M-bar run takes about 50 ms), so
        // the CPU figure is the mean over the later half of the runs, read once across them; the
        // earlier half warms the JIT up
        int warm = runs / 2;
        long bestAlloc = Long.MAX_VALUE;
        long cpu0 = 0;
        long thread0 = 0;
        SmaCrossResult r = null;
        for (int i = 0; i < runs; i++) {
            ColumnsFeed feed = mode == Bt4jSmaCross.Mode.EXACTBARS ? BenchData.feed(bars) : preloaded;
            if (i == warm) {
                cpu0 = JvmMeter.cpuNanos();
                thread0 = JvmMeter.threadCpuNanos();
            }
            long a0 = JvmMeter.allocatedBytes();
            r = Bt4jSmaCross.run(feed, mode, stdstats, observerHistory);
            bestAlloc = Math.min(bestAlloc, JvmMeter.allocatedBytes() - a0);
        }
        long cpu = Math.max(JvmMeter.cpuNanos() - cpu0, 1);
        long thread = Math.max(JvmMeter.threadCpuNanos() - thread0, 1);
        double measured = (double) bars.size() * (runs - warm);
        return new Measurement(measured / (cpu / 1e9), measured / (thread / 1e9), (double) bestAlloc / bars.size(), r);
    }

    /**
     * Prints one line per (observers, mode): bars per CPU-second (the process's, then the measuring
     * thread's alone) and bytes allocated per bar.
     * {@code stdstats=true}: the standard observers keeping their last bars ({@code bt4j backtest});
     * {@code stdstats=full}: keeping every bar ({@code Cerebro}'s default); {@code stdstats=false}: none.
     */
    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 6;
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        String only = args.length > 2 ? args[2] : "";
        BarColumns cols = BenchData.columns(n);
        ColumnsFeed pre = BenchData.preloadedFeed(cols);
        // the harness's own data set (about 130 MB at 1M bars) moves to the old generation now, not
        // by young collections inside the measured runs that would count its copying as theirs
        System.gc();
        for (String std : new String[] {"true", "full", "false"}) {
            for (Bt4jSmaCross.Mode mode : Bt4jSmaCross.Mode.values()) {
                if (!only.isEmpty() && !mode.name().equalsIgnoreCase(only)) {
                    continue;
                }
                Measurement m = measure(cols, pre, mode, !"false".equals(std), "full".equals(std), runs);
                System.out.printf(Locale.ROOT, "%-12s stdstats=%-5s %6.2fM bars/s (thread alone %6.2fM)  %7.1f B/bar  %s%n",
                    mode.label(), std, m.barsPerCpuSecond() / 1e6, m.barsPerThreadCpuSecond() / 1e6, m.bytesPerBar(),
                    m.result());
            }
        }
    }
}
