package org.bt4j.bench;

import java.util.Arrays;
import org.bt4j.bench.compare.Compare;
import org.bt4j.bench.live.LivePathLatency;

/**
 * Entry point of {@code benchmarks.jar}: {@code compare [options]} runs the side-by-side
 * comparison harness ({@link Compare}); {@code live [seconds] [ticksPerSecond]} measures the live
 * path's latency ({@link LivePathLatency}); anything else is handed to JMH's own command line (for
 * example {@code -l} to list benchmarks, {@code Indicator -prof gc}). Runs on the main thread.
 */
public final class BenchMain {

    private BenchMain() {
    }

    /** Dispatches to the comparison harness or to JMH. */
    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("compare")) {
            System.exit(Compare.run(Arrays.copyOfRange(args, 1, args.length), System.out));
        }
        if (args.length > 0 && args[0].equals("live")) {
            LivePathLatency.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        org.openjdk.jmh.Main.main(args);
    }
}
