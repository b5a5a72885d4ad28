package org.bt4j.bench.perf;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import org.bt4j.bench.BenchData;
import org.bt4j.bench.compare.BarColumns;
import org.bt4j.bench.compare.Bt4jSmaCross;
import org.bt4j.bench.compare.SmaCrossResult;
import org.bt4j.bench.ColumnsFeed;

/**
 * The performance engineer's quick check of BT-SMACROSS-10-30 on 1M generated bars: every run
 * mode with and without the standard observers, best of N warm runs by the measuring thread's
 * CPU time (robust on a shared machine), and the bytes the thread allocated per bar. Not a
 * benchmark of record (JMH's {@code EngineBenchmark} is); a fast loop for tuning work.
 * Single-threaded; run as {@code java ... org.bt4j.bench.perf.PerfRun [runs] [bars]}.
 */
public final class PerfRun {

    private PerfRun() {
    }

    /** Prints one line per (mode, stdstats): best bars per CPU-second and bytes allocated per bar. */
    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 6;
        int bars = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        String only = args.length > 2 ? args[2] : "";
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        BarColumns cols = BenchData.columns(bars);
        ColumnsFeed pre = BenchData.preloadedFeed(cols);
        long tid = Thread.currentThread().getId();
        for (boolean std : new boolean[] {true, false}) {
            for (Bt4jSmaCross.Mode mode : Bt4jSmaCross.Mode.values()) {
                if (!only.isEmpty() && !mode.name().equalsIgnoreCase(only)) {
                    continue;
                }
                long best = Long.MAX_VALUE;
                long bestAlloc = Long.MAX_VALUE;
                SmaCrossResult r = null;
                for (int i = 0; i < runs; i++) {
                    ColumnsFeed feed = mode == Bt4jSmaCross.Mode.EXACTBARS ? BenchData.feed(cols) : pre;
                    long a0 = mx.getThreadAllocatedBytes(tid);
                    long t0 = mx.getCurrentThreadCpuTime();
                    r = Bt4jSmaCross.run(feed, mode, std);
                    long t = mx.getCurrentThreadCpuTime() - t0;
                    long a = mx.getThreadAllocatedBytes(tid) - a0;
                    best = Math.min(best, t);
                    bestAlloc = Math.min(bestAlloc, a);
                }
                System.out.printf(Locale.ROOT, "%-12s stdstats=%-5s %6.2fM bars/s  %7.1f B/bar  %s%n",
                    mode.label(), std, bars / (best / 1e9) / 1e6, (double) bestAlloc / bars, r);
            }
        }
    }
}
