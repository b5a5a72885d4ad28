package org.bt4j.research;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bt4j.feed.DataFeed;

/**
 * Look-ahead bias check (freqtrade's {@code lookahead-analysis}): runs a {@link Probe} over all the
 * data and again over prefixes cut at several bars, and reports every indicator line and order
 * decision whose value on some bar before the cut changes when the later bars are absent — a value
 * that could not have been known on its bar. Stateless; runs on the calling thread.
 */
public final class LookaheadCheck {

    /** Relative difference under which two values count as equal (vectorised sums may round). */
    static final double EPSILON = 1e-9;

    /**
     * One value that changed when the data was cut.
     *
     * @param what    the indicator line ({@code Class.line}) or {@code "orders"}
     * @param bar     the first bar (0-based) whose value changed
     * @param time    that bar's time (epoch nanoseconds)
     * @param cut     the number of bars the prefix run had
     * @param full    the value with all the data
     * @param prefix  the value with the data cut
     */
    public record Finding(String what, int bar, long time, int cut, String full, String prefix) {
    }

    private LookaheadCheck() {
    }

    /** The default cut points: {@code count} bars spread evenly over the second half-plus of the data. */
    public static int[] cuts(int bars, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("--cuts must be >= 1, got " + count);
        }
        int[] cuts = new int[count];
        for (int i = 0; i < count; i++) {
            cuts[i] = bars / 3 + (int) ((long) (bars - 1 - bars / 3) * (i + 1) / (count + 1));
        }
        return java.util.Arrays.stream(cuts).filter(c -> c > 0 && c < bars).distinct().toArray();
    }

    /** Runs {@code probe} over all of {@code master} and over each prefix of {@code cuts} bars. */
    public static List<Finding> run(DataFeed master, Probe probe, int[] cuts) {
        org.bt4j.opt.SharedData.preloadMaster(master);
        Snapshot full = probe.run(BarSlice.of(master, 0, master.size()));
        List<Finding> out = new ArrayList<>();
        for (int cut : cuts) {
            Snapshot part;
            try {
                part = probe.run(BarSlice.of(master, 0, cut));
            } catch (RuntimeException e) {
                // reading past the end of the data fails only when the data ends early
                out.add(new Finding("run", cut - 1, full.times()[cut - 1], cut, "ran",
                    "failed: " + e.getClass().getSimpleName() + ": " + e.getMessage()));
                continue;
            }
            for (Map.Entry<String, double[]> e : full.series().entrySet()) {
                double[] p = part.series().get(e.getKey());
                double[] f = e.getValue();
                for (int i = 0; i < cut; i++) {
                    double pv = p == null ? Double.NaN : p[i];
                    if (!same(f[i], pv)) {
                        out.add(new Finding(e.getKey(), i, full.times()[i], cut, Double.toString(f[i]),
                            Double.toString(pv)));
                        break;
                    }
                }
            }
            List<Snapshot.Decision> fd = full.decisions().stream().filter(d -> d.bar() < cut).toList();
            List<Snapshot.Decision> pd = part.decisions();
            for (int i = 0; i < Math.max(fd.size(), pd.size()); i++) {
                Snapshot.Decision a = i < fd.size() ? fd.get(i) : null;
                Snapshot.Decision b = i < pd.size() ? pd.get(i) : null;
                if (a == null || !a.equals(b)) {
                    int bar = Math.min(a == null ? Integer.MAX_VALUE : a.bar(), b == null ? Integer.MAX_VALUE : b.bar());
                    out.add(new Finding("orders", bar, full.times()[bar], cut, a == null ? "no order" : a.what(),
                        b == null ? "no order" : b.what()));
                    break;
                }
            }
        }
        return out;
    }

    /** Equal, both NaN, or within {@link #EPSILON} relative. */
    static boolean same(double a, double b) {
        if (Double.isNaN(a) || Double.isNaN(b)) {
            return Double.isNaN(a) && Double.isNaN(b);
        }
        return a == b || Math.abs(a - b) <= EPSILON * Math.max(1.0, Math.max(Math.abs(a), Math.abs(b)));
    }
}
