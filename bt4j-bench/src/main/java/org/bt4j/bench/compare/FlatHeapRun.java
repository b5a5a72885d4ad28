package org.bt4j.bench.compare;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bt4j.feed.DataFeed;
import org.bt4j.feed.DataFiles;
import org.bt4j.time.TimeFrame;

/**
 * The flat-memory proof of {@code exactbars=1}: runs BT-SMACROSS-10-30 over a CSV or {@code .bt4j} file
 * streamed from disk in a child JVM whose heap is capped (by default {@code -Xmx64m}), so the run either
 * fits or dies with OutOfMemoryError. The child prints one line,
 * {@code closedTrades completedOrders position finalCash finalValue seconds}. Each call of
 * {@link #inChild} starts and waits for its own process; thread-safe.
 */
public final class FlatHeapRun {

    private FlatHeapRun() {
    }

    /** The outcome of a capped child run: its result and wall time, or the reason it failed. */
    public record Outcome(SmaCrossResult result, double seconds, String failure) {
        /** Whether the child finished and printed a result. */
        public boolean ok() {
            return failure == null;
        }
    }

    /** Child entry point: {@code <csv or .bt4j file> [stdstats true|false]}. */
    public static void main(String[] args) {
        DataFeed feed = DataFiles.open(Path.of(args[0]), TimeFrame.Minutes, 1);
        feed.name("bt_bench");
        boolean stdstats = args.length < 2 || Boolean.parseBoolean(args[1]);
        long t0 = System.nanoTime();
        SmaCrossResult r = Bt4jSmaCross.run(feed, Bt4jSmaCross.Mode.EXACTBARS, stdstats);
        double secs = (System.nanoTime() - t0) / 1e9;
        System.out.println(r.closedTrades() + " " + r.completedOrders() + " " + r.position() + " " + r.finalCash() + " "
            + r.finalValue() + " " + secs);
    }

    /** Runs {@link #main} in a child JVM with {@code -Xmx<heapMib>m}. */
    public static Outcome inChild(Path csv, int heapMib, boolean stdstats) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx" + heapMib + "m");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(FlatHeapRun.class.getName());
        cmd.add(csv.toString());
        cmd.add(Boolean.toString(stdstats));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                lines.add(line);
            }
        }
        int status = p.waitFor();
        String last = lines.isEmpty() ? "" : lines.get(lines.size() - 1);
        String[] f = last.trim().split(" ");
        if (status != 0 || f.length != 6) {
            String why = lines.stream().filter(l -> l.contains("Error") || l.contains("Exception")).findFirst()
                .orElse(last);
            return new Outcome(null, 0, "exit " + status + ": " + why);
        }
        SmaCrossResult res = new SmaCrossResult(Integer.parseInt(f[0]), Integer.parseInt(f[1]), Double.parseDouble(f[2]),
            Double.parseDouble(f[3]), Double.parseDouble(f[4]));
        return new Outcome(res, Double.parseDouble(f[5]), null);
    }
}
