package org.bt4j.bench.compare;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import org.bt4j.bench.BenchData;
import org.bt4j.feed.BarFile;
import org.bt4j.feed.BarFileWriter;
import org.bt4j.feed.DataFiles;
import org.bt4j.feed.DataFeed;
import org.bt4j.feed.gen.BarGenerator;
import org.bt4j.time.TimeFrame;
import org.ta4j.core.BarSeries;

/**
 * The side-by-side comparison ({@code java -jar benchmarks.jar compare}): generates the
 * benchmark data (seed 42, minute recipe) to a temporary folder, then runs BT-SMACROSS-10-30 in
 * the fused primitive loop (the floor), bt4j in its three run modes (from CSV and from the
 * memory-mapped {@code .bt4j} bar file) and ta4j 0.17, on the same
 * data in one JVM. It checks that the floor and bt4j reproduce backtrader's reference numbers
 * (or, where backtrader published none, each other), and prints load and loop speed separately,
 * the ratio to the floor, the peak heap and the machine. A run that does not fit the flat-heap
 * cap is a missed target, printed but not a failed check. Exit status 0 when every result check
 * passes, 1 when one fails, 2 on bad arguments. Single-threaded: everything runs on the calling thread.
 */
public final class Compare {

    private static final long SEED = 42;
    private static final long START_CENTS = 100_000;

    private final PrintStream out;
    private final HeapProbe heap = new HeapProbe();
    private final List<String> failures = new ArrayList<>();
    private final List<String> misses = new ArrayList<>();

    private Compare(PrintStream out) {
        this.out = out;
    }

    /** Command-line entry point; see {@link Options#USAGE}. */
    public static void main(String[] args) throws IOException, InterruptedException {
        System.exit(run(args, System.out));
    }

    /** Runs the comparison with {@code args} and returns the exit status. */
    public static int run(String[] args, PrintStream out) throws IOException, InterruptedException {
        Options o;
        try {
            o = Options.parse(args);
        } catch (IllegalArgumentException e) {
            out.println("compare: " + e.getMessage());
            out.println(Options.USAGE);
            return 2;
        }
        if (o.help) {
            out.println(Options.USAGE);
            return 0;
        }
        return new Compare(out).runAll(o);
    }

    private int runAll(Options o) throws IOException, InterruptedException {
        out.println("bt4j comparison: BT-SMACROSS-10-30 (SMA 10/30 CrossOver, long only, market orders at the next open,"
            + " stake 1, cash 10000, no commission)");
        out.println("bt4j runs with backtrader's standard observers (stdstats, the default) unless the row says"
            + " stdstats off; exactbars=1 \"in-memory source\" streams bars from arrays (loop only), \"CSV streamed\""
            + " parses the file as it goes (load+loop)");
        out.println("machine: " + Machine.current());
        out.println("repetitions: " + o.reps + " per measurement; figures are the best repetition by wall clock, the median,"
            + " and the process's CPU time per repetition (every thread's, the mean after the first; robust to other"
            + " processes on a shared machine); floor/x compares CPU times");
        out.printf(Locale.ROOT, "load average at start: %.2f on %d processors%n",
            java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
            Runtime.getRuntime().availableProcessors());
        Path dir = o.dir != null ? Files.createDirectories(o.dir) : Files.createTempDirectory("bt4j-compare");
        try {
            for (int bars : o.bars) {
                compareOn(dir, bars, o);
            }
        } finally {
            if (o.dir == null && !o.keep) {
                deleteTree(dir);
            }
        }
        out.println();
        for (String m : misses) {
            out.println("TARGET MISSED: " + m);
        }
        if (failures.isEmpty()) {
            out.println("CHECK PASSED: the floor and every bt4j mode reproduce the reference numbers");
            return 0;
        }
        for (String f : failures) {
            out.println("CHECK FAILED: " + f);
        }
        return 1;
    }

    private void compareOn(Path dir, int n, Options o) throws IOException, InterruptedException {
        Path csv = dir.resolve("bt_bench_" + n + "_s42.csv");
        out.println();
        long g0 = System.nanoTime();
        if (!Files.exists(csv)) {
            BarGenerator.minute(SEED, START_CENTS, LocalDate.of(2000, 1, 3), n).write(csv);
        }
        out.printf(Locale.ROOT, "== %,d one-minute bars: %s (%,d MiB), generated in %.2f s%n", n, csv,
            Files.size(csv) >> 20, (System.nanoTime() - g0) / 1e9);

        Path bin = dir.resolve("bt_bench_" + n + "_s42" + BarFile.EXTENSION);
        long c0 = System.nanoTime();
        BarFileWriter.write(bin, dataFeed(csv));
        out.printf(Locale.ROOT, "   converted to %s (%,d MiB) in %.2f s (bt4j data convert)%n", bin.getFileName(),
            Files.size(bin) >> 20, (System.nanoTime() - c0) / 1e9);

        List<Row> rows = new ArrayList<>();
        SmaCrossResult expected = ReferenceNumbers.known(n) ? ReferenceNumbers.forBars(n) : null;

        // exactbars=1 first, while nothing else is on the heap, so its peak shows the flat footprint
        Row streamed = measure("bt4j exactbars=1, CSV streamed (load+loop)", o.reps, () -> dataFeed(csv),
            f -> Bt4jSmaCross.run(f, Bt4jSmaCross.Mode.EXACTBARS));
        Row streamedBin = measure("bt4j exactbars=1, .bt4j streamed (load+loop)", o.reps, () -> dataFeed(bin),
            f -> Bt4jSmaCross.run(f, Bt4jSmaCross.Mode.EXACTBARS));

        out.println("load:");
        long h0 = heap.start();
        printLoad("bt4j .bt4j preload (memory-mapped columns, checksummed)", n, Timing.of(o.reps, () -> preloaded(bin)),
            heap.peakMib() - h0);
        h0 = heap.start();
        Timing<DataFeed> load = Timing.of(o.reps, () -> preloaded(csv));
        printLoad("bt4j CSV preload (GenericCSV parser)", n, load, heap.peakMib() - h0);
        DataFeed feed = load.result();
        BarColumns columns = BarColumns.of(feed);

        Row floor = measure("floor: fused primitive loop", o.reps, () -> FusedSmaCross.run(columns));
        if (expected == null) {
            expected = floor.result;
        } else {
            check("floor", n, floor.result, expected);
        }
        rows.add(floor);
        for (boolean std : new boolean[] {true, false}) {
            String suffix = std ? "" : ", stdstats off";
            rows.add(measure("bt4j runonce" + suffix, o.reps,
                () -> Bt4jSmaCross.run(feed, Bt4jSmaCross.Mode.RUNONCE, std)));
            rows.add(measure("bt4j bar by bar" + suffix, o.reps,
                () -> Bt4jSmaCross.run(feed, Bt4jSmaCross.Mode.RUNNEXT, std)));
            rows.add(measure("bt4j exactbars=1, in-memory source" + suffix, o.reps, () -> BenchData.feed(columns),
                f -> Bt4jSmaCross.run(f, Bt4jSmaCross.Mode.EXACTBARS, std)));
        }
        rows.add(streamed);
        rows.add(streamedBin);
        for (Row r : rows) {
            if (r != floor) {
                check(r.name, n, r.result, expected);
            }
        }
        if (o.ta4j && n <= o.ta4jMaxBars) {
            h0 = heap.start();
            Timing<BarSeries> build = Timing.of(o.reps, () -> Ta4jSmaCross.series(columns));
            printLoad("ta4j BarSeries from arrays (ta4j-core has no CSV reader)", n, build, heap.peakMib() - h0);
            BarSeries series = build.result();
            rows.add(measure("ta4j 0.17 (DoubleNum, BarSeriesManager)", o.reps, () -> Ta4jSmaCross.run(series)));
        }
        printLoops(n, rows, floor);
        if (o.flatHeapMib > 0) {
            for (Path file : new Path[] {csv, bin}) {
                flatHeap(file, n, o.flatHeapMib, expected);
            }
        }
    }

    /** A fresh one-minute feed over a CSV or .bt4j file, named like the others. */
    private static DataFeed dataFeed(Path file) {
        DataFeed f = DataFiles.open(file, TimeFrame.Minutes, 1);
        f.name("bt_bench");
        return f;
    }

    private static DataFeed preloaded(Path file) {
        DataFeed f = dataFeed(file);
        f.preload();
        return f;
    }

    private Row measure(String name, int reps, Supplier<SmaCrossResult> work) {
        return measure(name, reps, () -> null, ignored -> work.get());
    }

    private <S> Row measure(String name, int reps, Supplier<S> setup, Function<S, SmaCrossResult> work) {
        heap.start();
        Timing<SmaCrossResult> t = Timing.of(reps, setup, work);
        return new Row(name, t, heap.peakMib());
    }

    private void flatHeap(Path file, int n, int mib, SmaCrossResult expected) throws IOException, InterruptedException {
        String what = "exactbars=1 from " + file.getFileName() + " in a child JVM with -Xmx" + mib + "m";
        FlatHeapRun.Outcome flat = FlatHeapRun.inChild(file, mib, true);
        if (flat.ok()) {
            check(what, n, flat.result(), expected);
            out.printf(Locale.ROOT, "flat heap: %s: %s, %.2f M bars/s (load+loop)%n", what, flat.result(),
                n / flat.seconds() / 1e6);
        } else {
            misses.add(String.format(Locale.ROOT, "%s on %,d bars: %s", what, n, flat.failure()));
            out.println("flat heap: " + what + " FAILED: " + flat.failure());
        }
    }

    private void check(String who, int n, SmaCrossResult got, SmaCrossResult expected) {
        if (!got.matches(expected)) {
            failures.add(String.format(Locale.ROOT, "%s on %,d bars: got %s, expected %s", who, n, got, expected));
        }
    }

    private void printLoad(String name, int n, Timing<?> t, long peakMib) {
        out.printf(Locale.ROOT, "  %-58s %8.3f s  %7.2f M bars/s  (median %.2f, CPU %.2f)  heap +%,d MiB%n", name,
            t.bestSeconds(), n / t.bestSeconds() / 1e6, n / t.medianSeconds() / 1e6, n / t.meanCpuSeconds() / 1e6,
            peakMib);
    }

    private void printLoops(int n, List<Row> rows, Row floor) {
        out.println("loop:");
        out.printf(Locale.ROOT, "  %-50s %6s %10s %8s %9s %9s %9s %8s %10s%n", "engine", "trades", "value", "check",
            "M bars/s", "(median)", "(CPU)", "floor/x", "peak heap");
        for (Row r : rows) {
            SmaCrossResult res = r.result;
            String check = r.name.startsWith("ta4j") ? "(info)" : verdict(n, res);
            out.printf(Locale.ROOT, "  %-50s %6d %10s %8s %9.2f %9.2f %9.2f %7.1fx %6d MiB%n", r.name,
                res.closedTrades(), org.bt4j.util.PyFormat.fixed(res.finalValue(), 2), check,
                n / r.timing.bestSeconds() / 1e6, n / r.timing.medianSeconds() / 1e6,
                n / r.timing.meanCpuSeconds() / 1e6, r.timing.meanCpuSeconds() / floor.timing.meanCpuSeconds(),
                r.peakMib);
        }
    }

    private String verdict(int n, SmaCrossResult r) {
        if (ReferenceNumbers.known(n)) {
            return r.matches(ReferenceNumbers.forBars(n)) ? "= ref" : "WRONG";
        }
        return "= floor";
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** One measured engine. */
    private static final class Row {
        final String name;
        final Timing<SmaCrossResult> timing;
        final SmaCrossResult result;
        final long peakMib;

        Row(String name, Timing<SmaCrossResult> timing, long peakMib) {
            this.name = name;
            this.timing = timing;
            this.result = timing.result();
            this.peakMib = peakMib;
        }
    }

    /** Parsed command-line options. */
    static final class Options {
        static final String USAGE = String.join("\n",
            "usage: compare [--bars 1000000,10000000] [--reps 3] [--dir DIR] [--keep] [--no-ta4j] [--ta4j-max-bars N]"
                + " [--flat-heap-mib 64]",
            "  --bars          bar counts to generate and compare (seed 42 minute recipe)",
            "  --reps          repetitions per measurement (the best is reported)",
            "  --dir           where to write the CSV files (kept; default: a temporary folder, deleted)",
            "  --keep          keep the temporary folder",
            "  --no-ta4j       skip ta4j",
            "  --ta4j-max-bars run ta4j only up to this many bars (it needs ~0.5 KiB of heap per bar)",
            "  --flat-heap-mib re-run exactbars=1 from the CSV in a child JVM with this -Xmx (default 64, 0 = skip)");

        int[] bars = {1_000_000, 10_000_000};
        int reps = 3;
        Path dir;
        boolean keep;
        boolean ta4j = true;
        int ta4jMaxBars = 10_000_000;
        int flatHeapMib = 64;
        boolean help;

        static Options parse(String[] args) {
            Options o = new Options();
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--bars":
                        String[] parts = value(args, ++i, a).split(",");
                        o.bars = new int[parts.length];
                        for (int k = 0; k < parts.length; k++) {
                            o.bars[k] = positive(parts[k], a);
                        }
                        break;
                    case "--reps":
                        o.reps = positive(value(args, ++i, a), a);
                        break;
                    case "--dir":
                        o.dir = Path.of(value(args, ++i, a));
                        break;
                    case "--keep":
                        o.keep = true;
                        break;
                    case "--no-ta4j":
                        o.ta4j = false;
                        break;
                    case "--ta4j-max-bars":
                        o.ta4jMaxBars = positive(value(args, ++i, a), a);
                        break;
                    case "--flat-heap-mib":
                        String v = value(args, ++i, a);
                        o.flatHeapMib = v.equals("0") ? 0 : positive(v, a);
                        break;
                    case "-h":
                    case "--help":
                        o.help = true;
                        break;
                    default:
                        throw new IllegalArgumentException("unknown option '" + a + "'");
                }
            }
            return o;
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[i];
        }

        private static int positive(String text, String option) {
            try {
                int v = Integer.parseInt(text.trim().replace("_", ""));
                if (v < 1) {
                    throw new NumberFormatException();
                }
                return v;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + ": '" + text + "' is not a positive integer");
            }
        }
    }
}
